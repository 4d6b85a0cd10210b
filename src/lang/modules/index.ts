/**
 * Imports every native module so that it registers itself with the registry.
 * The loader imports this file once.
 */
import "./builtinsExtra.js";
import "./io.js";
import "./sys.js";
import "./math.js";
import "./time.js";
import "./os.js";
import "./json.js";
import "./re.js";
import "./random.js";
import "../../webviewtk/module.js"; // the `webviewtk` module (WebViewTK apps)
import "./hashlib.js";
import "./binascii.js";
import "./base64.js";
import "./struct.js";
import "./uuid.js";
import "./_tauraro_tb.js";
import "./_functools.js";
import "./operator.js";
import "./itertools.js";
import "./heapq.js";
import "./bisect.js";
import "./_collections.js";
import "./atexit.js";

/**
 * Installs the methods of every built-in type. Import once (builtins.ts does).
 */
import "../bootstrap.js";
import "./int.js";
import "./float.js";
import "./complex.js";
import "./list.js";
import "./tuple.js";
import "./set.js";
import "./dict.js";
import "./str.js";
import "./bytes.js";
import "./range.js";
import "./exceptions.js";
import "./function.js";
import "./misc.js";

// struct: behaviour compared with CPython 3.11 (fixtures from gen_fixtures.py).
import { fixtureTests } from "./stdlibFixtures.js";

fixtureTests("struct");

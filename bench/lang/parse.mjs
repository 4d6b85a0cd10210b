// Parser speed: a 5,000-line file, best of 5 runs. Run after `npm run build`.
import { parse } from "../../dist/src/lang/parser/index.js";

const chunk = [
  "class Widget(Base, metaclass=Meta):",
  "    def render(self, ctx, *args, key=None, **kw) -> str:",
  "        items = [f\"<li>{i!r:>4}</li>\" for i in range(self.n) if i % 2]",
  "        if not items and key is not None:",
  "            return '''<div class=\"x\">${empty}</div>'''",
  "        total = sum(x * 2 + 1 for x in self.values) // 3",
  "        data = {'a': [1, 2, 3], 'b': (4, 5), **kw}",
  "        return ''.join(items) + str(total) + repr(data)",
  "",
  "",
].join("\n") + "\n";
const src = chunk.repeat(500);
parse(src, "warm.py");
let best = Infinity;
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  parse(src, "big.py");
  best = Math.min(best, performance.now() - t0);
}
console.log(`parse 5,000 lines: ${best.toFixed(1)} ms (best of 5)`);

html = """<!DOCTYPE html>
<html>
  <body class="main">
    <p>It's "quoted" & <b>bold</b></p>
  </body>
</html>"""
print(html)
js = '''const msg = `Hello ${name}!`;
let tpl = `${a + b} and \\${escaped}`;
console.log(`backtick ` + "mix" + 'quotes');'''
print(js)
raw = r"C:\new\table\x41 \d+\s*"
print(raw)
print(len(raw))
rx = r'''raw triple with \n and ${x} and `tick`'''
print(rx)
css = "body { color: red; }\n" \
      ".cls { margin: 0 }"
print(css)
print("${not_a_template}", '`backticks`', "\\`")
name = "X"
print(f"<div id='{name}'>`${{js}}`</div>")
print("""a\
b""")
print("tab:\t|nl escaped:\\n|null-free")

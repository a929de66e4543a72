import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file e2: the Zig language reference (ziglang.org/documentation), saved at its "Optionals" section. */
const zgTitle = 'Zig Language Reference';
const zgIntro = [
  'Zig is a systems programming language and toolchain aimed at software that is small, fast and easy to reason about.',
  'Every code sample in this reference is built and run by the compiler’s own test suite, so the output shown is real output.',
];
const zgH = ['Introduction', 'Optionals', 'Optional Type', 'null', 'Optional Pointers'];
const zgOpt = [
  'Optionals are how Zig represents a value that may be missing, without giving up speed or clarity.',
  'A question mark marks the optional type. Any type becomes optional when you write a question mark before it, as in ' + 'this short example:',
  'Now the variable <code>optional_int</code> could be an <code>i32</code>, or <code>null</code>. Instead of integers, let us ' +
    'talk about pointers. In many languages any reference may turn out to be null at run time, and the crash comes far ' +
    'from the place where the null was introduced. Zig has no such references.',
  'What it has is the optional pointer. In the generated code it is an ordinary pointer, with address 0 standing for the ' +
    'missing value, but in the source the compiler keeps track of it and refuses to let null reach a variable whose type ' +
    'does not allow it.',
  'The usual cost of giving up null is longer code. Here the <code>orelse</code> ' +
    'keyword and the <code>if</code> capture syntax keep the checks short, and the check happens exactly once, where the ' +
    'value enters your code, rather than at every use.',
];
const zgOptType = [
  'An optional is created by putting <code>?</code> in front of a type. You can use compile-time reflection to access the ' + 'child type of an optional.',
  'Unwrapping an optional with <code>.?</code> asserts that it is not null. In Debug and ReleaseSafe builds this check ' +
    'panics if the value is null; in ReleaseFast and ReleaseSmall the behaviour is undefined.',
  'An optional of a type that has no spare bit pattern, such as <code>?u32</code>, needs an extra byte for the flag that ' +
    'says whether a value is present. Its size is therefore larger than the size of the child type, rounded up to the ' +
    'alignment of the child type.',
];
const zgNull = [
  'Like <a href="#undefined">undefined</a>, the <code>null</code> literal has a type of its own, and it only becomes useful ' +
    'once it is coerced to an optional type.',
  'Comparing an optional with <code>null</code> using <code>==</code> or <code>!=</code> is allowed and is the usual way to ' +
    'test for the absence of a value when you do not need to capture the payload.',
];
const zgPtr = [
  'An optional pointer always has exactly the size of a plain pointer, and its <code>null</code> is always represented as ' + 'address 0.',
  'This makes optional pointers the natural choice when calling C functions that may return a null pointer: the C ' +
    'declaration translates to a Zig function returning an optional pointer, and the caller is forced to handle the null ' +
    'case before dereferencing the result.',
];
const zgSee = ['<a href="#null">null</a>', '<a href="#Optional-Pointers">Optional Pointers</a>', '<a href="#if">if</a>', '<a href="#orelse">orelse</a>'];
const zgVersions = ['0.11.0', '0.12.1', '0.13.0', '0.14.1', '0.15.2', 'master'];
const zgToc = [
  'Introduction',
  'Zig Standard Library',
  'Hello World',
  'Comments',
  'Values',
  'Zig Test',
  'Variables',
  'Integers',
  'Floats',
  'Operators',
  'Arrays',
  'Vectors',
  'Pointers',
  'Slices',
  'struct',
  'enum',
  'union',
  'opaque',
  'Blocks',
  'switch',
  'while',
  'for',
  'if',
  'defer',
  'unreachable',
  'noreturn',
  'Functions',
  'Errors',
  'Optionals',
  'Optional Type',
  'null',
  'Optional Pointers',
  'Casting',
  'Zero Bit Types',
  'Result Location Semantics',
  'comptime',
  'Assembly',
  'Atomics',
  'Async Functions',
  'Builtin Functions',
  'Build Mode',
  'Memory',
  'Compile Variables',
  'Compilation Model',
  'Zig Build System',
  'C',
  'WebAssembly',
  'Targets',
  'Style Guide',
  'Source Encoding',
  'Keyword Reference',
  'Appendix',
];
const zgCode1 = 'test "optional type" {\n    var foo: ?i32 = null;\n    foo = 1234;\n    comptime try expect(@TypeOf(foo).? == i32);\n}';
const zgOut1 = '1/1 test_optional_type.test.optional type...OK\nAll 1 tests passed.';
const zgCode2 = 'test "optional pointers" {\n    var ptr: ?*i32 = null;\n    try expect(ptr == null);\n}';
const zgHd = (tag: string, id: string, t: string): string => `<${tag} id="${id}"><a href="#toc-${id}">${t}</a> <a class="hdr" href="#${id}">§</a></${tag}>`;
const zgFig = (file: string, code: string, shell: string): string => `<figure><figcaption class="zig-cap"><cite class="file">${file}</cite></figcaption>
<pre><code><span class="tok-kw">const</span> std = <span class="tok-builtin">@import</span>(<span class="tok-str">"std"</span>);
${code}</code></pre></figure><figure><figcaption class="shell-cap">Shell</figcaption><pre><code class="shell">$ <kbd>zig test ${file}</kbd>
${shell}</code></pre></figure>`;
const zgHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Documentation - The Zig Programming Language</title><link rel="icon" href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">
<style>body{font-family:system-ui,-apple-system,Roboto,"Segoe UI",sans-serif;margin:0;line-height:1.5}#contents{max-width:60em;margin:auto;padding:0 1em}
#navigation{padding:0 1em}table{width:100%;margin:1em auto;border-collapse:collapse}th,td{padding:0.5em;border:1px solid #ccc}
.hdr{visibility:hidden}h1:hover>.hdr,h2:hover>.hdr{visibility:visible}figcaption.zig-cap{font-size:0.8em;font-weight:bold}
@media screen and (min-width:1025px){#navigation{width:22vw;height:100vh;position:fixed;overflow-y:scroll}#contents-wrapper{margin-left:22vw}}
@media (prefers-color-scheme:dark){body{background:#121212;color:#ccc}a{color:#88f}}</style></head>
<body><a href="#contents" class="skip-link">Skip to content</a>
<div id="main-wrapper"><div id="navigation"><nav aria-labelledby="zig-version"><h2 id="zig-version">Zig Version</h2>
${zgVersions.map((v) => (v === '0.15.2' ? `<a href="/documentation/${v}/" class="active">${v}</a>` : `<a href="/documentation/${v}/">${v}</a>`)).join(' |\n')}
</nav><nav aria-labelledby="table-of-contents"><h2 id="table-of-contents">Table of Contents</h2><ul>
${zgToc.map((t) => `<li><a id="toc-${t.replace(/ /g, '-')}" href="#${t.replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></nav></div>
<div id="contents-wrapper"><main id="contents"><h1>${zgTitle}</h1>
${zgHd('h2', 'Introduction', zgH[0] ?? '')}${zgIntro.map((p) => `<p>${p}</p>`).join('\n')}
${zgHd('h2', 'Optionals', zgH[1] ?? '')}<p>${zgOpt[0]}</p><p>${zgOpt[1]}</p>
<figure><figcaption class="zig-cap"><cite>optional_integer.zig</cite></figcaption><pre><code><span class="tok-comment">// normal integer</span>
<span class="tok-kw">const</span> normal_int: <span class="tok-type">i32</span> = <span class="tok-number">1234</span>;
<span class="tok-kw">const</span> optional_int: ?<span class="tok-type">i32</span> = <span class="tok-number">5678</span>;</code></pre></figure>
${zgOpt
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${zgHd('h3', 'Optional-Type', zgH[2] ?? '')}${zgOptType.map((p) => `<p>${p}</p>`).join('\n')}
${zgFig('test_optional_type.zig', zgCode1, zgOut1)}
${zgHd('h3', 'null', zgH[3] ?? '')}${zgNull.map((p) => `<p>${p}</p>`).join('\n')}
${zgHd('h3', 'Optional-Pointers', zgH[4] ?? '')}${zgPtr.map((p) => `<p>${p}</p>`).join('\n')}
${zgFig('test_optional_pointer.zig', zgCode2, 'All 1 tests passed.')}
<p>See also:</p><ul>${zgSee.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</main></div></div><script>
(function() { const searchInput = document.getElementById("search"); if (!searchInput) return; })();
</script></body></html>`;
export const zigPage: TestPage = {
  name: 'heldout174-zig-langref-section',
  kind: 'docs',
  html: zgHtml,
  // saved from the one-page reference: the sections shown are the article; the "§" anchors, the version links and the Table
  // of Contents (entries other than this page's headings) are furniture; file captions and shell output are code (neither)
  title: zgTitle,
  headings: zgH,
  body: texts([...zgIntro, ...zgOpt, ...zgOptType, ...zgNull, ...zgPtr, 'See also:', ...zgSee]),
  bylines: [],
  furniture: ['Skip to content', 'Zig Version', ...zgVersions, 'Table of Contents', ...zgToc.filter((t) => !zgH.includes(t) && t !== 'if')],
};

import { Art, anchor } from './pages-heldout126-kit.js';

/** Held-out batch 126, file a3: the article of the MDN reference page of file a (title, sections, compatibility table). */
export const mdnTitle = 'Clipboard: readFormats() method';
const h2 = (t: string): string => `<h2 id="${anchor(t)}"><a href="#${anchor(t)}">${t}</a></h2>`;
const h3 = (t: string): string => `<h3 id="${anchor(t)}"><a href="#${anchor(t)}">${t}</a></h3>`;
const code = (c: string): string => `<div class="code-example"><div class="example-header"><span class="language-name">js</span></div>
<pre class="brush: js notranslate"><code>${c}</code></pre></div>`;
const dt = (id: string, t: string): string => `<dt id="${id}"><a href="#${id}">${t}</a></dt>`;
/** The compatibility table's legend texts (furniture). */
export const mdnLegend = [
  'Full support',
  'No support',
  'Experimental. Expect behavior to change in the future.',
  'User must explicitly enable this feature.',
  'Has more compatibility info.',
];
const browsers: [string, string, boolean][] = [
  ['Chrome', '131', true],
  ['Edge', '131', true],
  ['Firefox', 'No', false],
  ['Opera', '116', true],
  ['Safari', 'No', false],
  ['Chrome Android', '131', true],
  ['Firefox for Android', 'No', false],
  ['Safari on iOS', 'No', false],
];
const cell = ([b, v, yes]: [string, string, boolean]): string => `<td class="bc-support bc-browser-${b.toLowerCase().replace(/ /g, '_')}
bc-supports-${yes ? 'yes' : 'no'}" aria-expanded="false"><button type="button" title="Toggle history"><div class="bcd-cell-text-wrapper">
<div class="bcd-cell-icons"><span class="icon-wrapper"><abbr class="ic-${yes ? 'yes' : 'no'} bc-level-${yes ? 'yes' : 'no'} only-icon"
title="${yes ? 'Full support' : 'No support'}"><span>${yes ? 'Full support' : 'No support'}</span></abbr></span></div>
<div class="bcd-cell-text-copy"><span class="bc-browser-name">${b}</span><span class="bc-version-label">${v}</span></div></div></button></td>`;
const compat = `<div class="section-content"><div class="bc-data" data-query="api.Clipboard.readFormats" data-depth="1"><div class="bc-github-link">
<a href="https://github.com/mdn/browser-compat-data/issues/new?template=data-problem.yml&amp;mdn-url=readFormats" class="bc-github-link
external external-icon" target="_blank" rel="noopener noreferrer">Report problems with this compatibility data</a> •
<a href="https://github.com/mdn/browser-compat-data/tree/main/api/Clipboard.json" class="external external-icon">View data on GitHub</a></div>
<figure class="table-container"><figure class="table-container-inner"><table class="bc-table bc-table-web"><thead>
<tr class="bc-platforms"><td></td><th class="bc-platform bc-platform-desktop" colspan="5" title="desktop"><span class="icon icon-desktop"></span>
<span class="visually-hidden">desktop</span></th><th class="bc-platform bc-platform-mobile" colspan="3" title="mobile">
<span class="icon icon-mobile"></span><span class="visually-hidden">mobile</span></th></tr>
<tr class="bc-browsers"><td></td>${browsers.map(([b]) => `<th class="bc-browser"><div class="bc-head-txt-label">${b}</div></th>`).join('')}</tr>
</thead><tbody><tr><th class="bc-feature bc-feature-depth-0" scope="row"><div class="bc-table-row-header"><code>readFormats</code>
<div class="bc-icons"><abbr class="only-icon" title="Experimental. Expect behavior to change in the future."><span>Experimental</span>
<i class="icon icon-experimental"></i></abbr></div></div></th>${browsers.map(cell).join('\\n')}</tr></tbody></table></figure></figure>
<section class="bc-legend"><h3 class="visually-hidden" id="Legend">Legend</h3><p class="bc-legend-tip">Tip: you can click/tap on a cell for more
information.</p><dl class="bc-legend-items-container">
${mdnLegend
  .map(
    (t, i) => `<dt class="bc-legend-item-dt"><span class="bc-supports-${i}"><abbr class="only-icon" title="${t}"><span>${t}</span></abbr>
</span></dt><dd class="bc-legend-item-dd">${t}</dd>`,
  )
  .join('\\n')}</dl></section></div></div></section><section aria-labelledby="see_also">`;

export const mdnArt = new Art()
  .p([
    `The <strong><code>readFormats()</code></strong> method of the <a href="/en-US/docs/Web/API/Clipboard"><code>Clipboard</code></a>
interface returns a <a href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise"><code>Promise</code></a> that resolves with the list of
data formats currently held on the system clipboard, without reading the data itself.`,
    `Because it never exposes clipboard contents, <code>readFormats()</code> lets a page decide which of its paste handlers to offer before it
asks for the more sensitive read permission. Browsers that support it still require
<a href="/en-US/docs/Glossary/Transient_activation">transient activation</a>, such as a click or a key press, before the promise settles.`,
  ])
  .raw('</div><section aria-labelledby="syntax">')
  .h('Syntax', h2)
  .raw(`<div class="section-content">${code('readFormats()\nreadFormats(options)')}</div></section><section aria-labelledby="parameters">`)
  .h('Parameters', h3)
  .raw('<div class="section-content"><dl>')
  .p(['<code>options</code> <span class="badge inline optional">Optional</span>'], (t) => dt('options', t))
  .p(['An object that can have the following property:'], (t) => `<dd><p>${t}</p><dl>`)
  .p(['<code>includeCustom</code> <span class="badge inline optional">Optional</span>'], (t) => dt('includecustom', t))
  .p(
    [
      `A boolean. If <code>true</code>, formats that web pages wrote with the <code>"web "</code> prefix are listed as well as the standard
ones. Defaults to <code>false</code>.`,
    ],
    (t) => `<dd><p>${t}</p></dd></dl></dd>`,
  )
  .raw('</dl></div></section><section aria-labelledby="return_value">')
  .h('Return value', (t) => h3(t).replace(/return-value/g, 'return_value'))
  .p(
    [
      `A <a href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise"><code>Promise</code></a> that fulfills with an array of strings,
one for each format on the clipboard, in the order the writing application declared them. Each string is a MIME type such as
<code>text/plain</code> or <code>image/png</code>.`,
    ],
    (t) => `<div class="section-content"><p>${t}</p></div></section><section aria-labelledby="exceptions">`,
  )
  .h('Exceptions', h3)
  .raw('<div class="section-content"><dl>')
  .p(['<code>NotAllowedError</code> <a href="/en-US/docs/Web/API/DOMException"><code>DOMException</code></a>'], (t) => dt('notallowederror', t))
  .p(
    [
      `Thrown if the document is not focused, if there is no transient activation, or if the user or a
<a href="/en-US/docs/Web/HTTP/Permissions_Policy">Permissions Policy</a> has blocked clipboard access.`,
    ],
    (t) => `<dd><p>${t}</p></dd>`,
  )
  .p(['<code>SecurityError</code> <a href="/en-US/docs/Web/API/DOMException"><code>DOMException</code></a>'], (t) => dt('securityerror', t))
  .p(
    ['Thrown if the method is called from a cross-origin iframe that was not granted the <code>clipboard-read</code> permission policy.'],
    (t) => `<dd><p>${t}</p></dd>`,
  )
  .raw('</dl></div></section><section aria-labelledby="description">')
  .h('Description', h2)
  .p(
    [
      `The system clipboard can hold the same content in several formats at once. A spreadsheet cell copied from a desktop application might
be offered as plain text, as HTML and as a picture of the cell. Calling <a href="/en-US/docs/Web/API/Clipboard/read"><code>read()</code></a> and
inspecting each <a href="/en-US/docs/Web/API/ClipboardItem"><code>ClipboardItem</code></a> tells you the same thing, but it also transfers the
data, which may be large and which browsers guard with a stricter permission prompt.`,
      `<code>readFormats()</code> is the lighter query. It is meant for interfaces that change depending on what can be pasted: a rich text editor
might enable a "Paste as image" button only when an image type is present, and a drawing tool might warn that the clipboard holds nothing it
can use.`,
      `The returned list reflects the clipboard at the moment the promise resolves. Another application may change the clipboard afterwards, so
code should still handle a failed or empty <code>read()</code>.`,
    ],
    (t) => `<p>${t}</p>`,
    '<div class="section-content">',
    '</div></section><section aria-labelledby="examples">',
  )
  .h('Examples', h2)
  .raw('</section><section aria-labelledby="enabling_a_paste_button">')
  .h('Enabling a paste button', h3)
  .p(
    [
      `The following example checks the clipboard when the user opens an Edit menu, and enables the "Paste image" item only if an image format
is available.`,
    ],
    (t) => `<div class="section-content"><p>${t}</p>`,
  )
  .raw(
    code(`editMenuButton.addEventListener("click", async () =&gt; {
  try {
    const formats = await navigator.clipboard.readFormats();
    pasteImageItem.disabled = !formats.some((type) =&gt; type.startsWith("image/"));
  } catch (err) {
    pasteImageItem.disabled = true;
    console.error(err.name, err.message);
  }
  editMenu.showPopover();
});`),
  )
  .p(['The check runs inside the click handler, so the call has the transient activation it needs.'], (t) => `<p>${t}</p></div></section>`)
  .raw('<section aria-labelledby="listing_custom_formats">')
  .h('Listing custom formats', h3)
  .p(
    ['Pages that write their own formats with the <code>"web "</code> prefix can ask for them to be included:'],
    (t) => `<div class="section-content"><p>${t}</p>`,
  )
  .raw(
    code(`const formats = await navigator.clipboard.readFormats({ includeCustom: true });
// ["text/plain", "text/html", "web application/x-mural-shape"]`),
  )
  .p(
    ['In browsers that do not support the <code>includeCustom</code> option, the option is ignored and only standard formats are listed.'],
    (t) => `<p>${t}</p></div></section>`,
  )
  .raw('<section aria-labelledby="specifications">')
  .h('Specifications', h2)
  .raw('<div class="section-content"><table class="standard-table"><thead><tr><th scope="col">Specification</th></tr></thead><tbody><tr>')
  .p(
    ['<a href="https://w3c.example/clipboard-apis/#dom-clipboard-readformats">Clipboard API and events<br>\n<small># dom-clipboard-readformats</small></a>'],
    (t) => `<td>${t}</td>`,
  )
  .raw('</tr></tbody></table></div></section><section aria-labelledby="browser_compatibility">')
  .h('Browser compatibility', h2)
  .raw(compat)
  .h('See also', h2)
  .list(
    [
      '<a href="/en-US/docs/Web/API/Clipboard/read"><code>Clipboard.read()</code></a>',
      '<a href="/en-US/docs/Web/API/ClipboardItem/types"><code>ClipboardItem.types</code></a>',
      '<a href="/en-US/docs/Web/API/Permissions_API">Permissions API</a>',
      '<a href="https://clipboard-tests.example/formats">Clipboard format explorer</a> demo on GitHub',
    ],
    '<div class="section-content"><ul>',
    '</ul></div></section>',
  );

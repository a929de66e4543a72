/** Held-out batch 126, file d4: Docusaurus markup helpers (Prism code blocks, admonitions) for the page of file d2. */
export const tok = (cls: string, s: string): string => `<span class="token ${cls}">${s}</span>`;
export const code = (lang: string, lines: string[], ttl = ''): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"
style="--prism-color:#393A34;--prism-background-color:#f6f8fa">${ttl === '' ? '' : `<div class="codeBlockTitle_Ktv7">${ttl}</div>`}<div
class="codeBlockContent_biex">
<pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar" style="color:#393A34;background-color:#f6f8fa"><code
class="codeBlockLines_e6Vv">${lines
  .map((l) => `<span class="token-line" style="color:#393A34">${l}<br></span>`)
  .join('')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path fill="currentColor"
d="M19,21H8V7H19M19,5H8A2"></path></svg>
</span></button></div></div></div>`;
export const adm = (kind: string, label: string, cls: string) => (t: string) =>
  `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${cls}"><div class="admonitionHeading_Gvgb"><span
class="admonitionIcon_Rf37">
<svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>${label}</div><div
class="admonitionContent_BuS1"><p>${t}</p></div></div>`;

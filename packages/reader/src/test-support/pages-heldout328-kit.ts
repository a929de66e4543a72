/** Held-out batch 328: small helpers shared by its page files. */

/** The pieces of a long paragraph joined by spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** A MathJax 2 inline formula as saved after rendering: the emptied preview, the rendered span and the source script. */
export const mj = (id: number, shown: string, tex: string): string =>
  `<span class="MathJax_Preview" style="color: inherit; display: none;"></span><span class="MathJax" id="MathJax-Element-${id}-Frame" tabindex="0"
role="presentation" style="position: relative;"><nobr aria-hidden="true"><span class="math" id="MathJax-Span-${id}"><span class="mrow"><span
class="mi">${shown}</span></span></span></nobr></span><script type="math/tex" id="MathJax-Element-${id}">${tex}</script>`;

/** A MathJax 2 display equation: the rendered block and its source script. */
export const mjDisplay = (id: number, shown: string, tex: string): string =>
  `<span class="MathJax_Preview" style="color: inherit; display: none;"></span><div class="MathJax_Display" style="text-align: center;"><span
class="MathJax" id="MathJax-Element-${id}-Frame" tabindex="0"><nobr aria-hidden="true"><span class="math">${shown}</span></nobr></span></div><script
type="math/tex; mode=display" id="MathJax-Element-${id}">${tex}</script>`;

/** A KaTeX inline formula: the MathML with its TeX annotation and the aria-hidden HTML rendering. */
export const kx = (shown: string, tex: string): string =>
  `<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>${shown}</mi></mrow><annotation
encoding="application/x-tex">${tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base"><span
class="strut" style="height:0.6944em;"></span><span class="mord mathnormal">${shown}</span></span></span></span>`;

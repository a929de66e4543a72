import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';

/**
 * Held-out batch 373, file f2: a Unicode Technical Report in the unicode.org reports template (the header table with the
 * logo and the Technical Reports bar, the "Unicode® Technical Report #63" line above the h1, the metadata table with Version /
 * Editors / Date / This Version / Previous Version / Latest Version / Revision, italic Summary and Status sections with the
 * UTR boilerplate quote, the Contents list, numbered sections, References, Modifications and the copyright lines).
 */
const uTitle = 'Vertical Stacking of Combining Marks';
const uSummary = [
  j(
    'This report describes how text rendering systems can stack several combining marks above or below a base character',
    'without collisions, and gives recommendations for fonts that support heavily annotated scripts.',
  ),
];
const uStatus = [
  j(
    'This document has been reviewed by Unicode members and other interested parties, and has been approved for publication',
    'by the Unicode Consortium. This is a stable document and may be used as reference material or cited from another document.',
  ),
  j(
    'A Unicode Technical Report (UTR) contains informative material. Conformance to the Unicode Standard does not imply',
    'conformance to any UTR. Other specifications, however, are free to cite a UTR normatively.',
  ),
];
const uIntro = [
  j(
    'Transcriptions of spoken language, liturgical texts and dictionaries often place three or four combining marks on one',
    'letter. Renderers that position each mark independently tend to draw them on top of one another, making the text',
    'unreadable exactly where precision matters most.',
  ),
  j(
    'Most fonts provide anchor points for a single mark. This report explains how those anchors can be chained, so that each',
    'mark is placed relative to the one before it rather than to the base letter.',
  ),
];
const uOrder = [
  j(
    'Marks are stacked in the order in which they occur in the text after canonical reordering. Marks of the same canonical',
    'combining class are stacked outward from the base, the first closest to it.',
  ),
  'The following practice is recommended:',
];
const uOrderList = [
  'Apply canonical reordering before shaping, never after.',
  'Treat a mark with combining class 0 as ending the current stack.',
  'Limit the visible stack to four marks and place any further marks to the right of the base.',
];
const uFonts = [
  j(
    'Fonts should provide both a base anchor and a mark-to-mark anchor for every combining mark they cover. Where a design',
    'needs extra space between lines, the font should increase its line gap rather than shrink the marks.',
  ),
];
const uMods = ['Reissued for Unicode 17.0.0.', 'Added a recommendation on stacks longer than four marks in Section 2.'];
const uToc = ['1 Introduction', '2 Stacking Order', '3 Font Recommendations', 'References', 'Modifications'];
const meta: readonly (readonly [string, string])[] = [
  ['Version', '17.0.0'],
  ['Editors', '<a href="mailto:hanne@mossvale.example">Hanne Mossvale</a>, <a href="mailto:kofi@asantewa.example">Kofi Asantewa</a>'],
  ['Date', '2026-01-20'],
  ['This Version', '<a href="https://www.unicode.org/reports/tr63/tr63-4.html">https://www.unicode.org/reports/tr63/tr63-4.html</a>'],
  ['Previous Version', '<a href="https://www.unicode.org/reports/tr63/tr63-3.html">https://www.unicode.org/reports/tr63/tr63-3.html</a>'],
  ['Latest Version', '<a href="https://www.unicode.org/reports/tr63/">https://www.unicode.org/reports/tr63/</a>'],
  ['Revision', '<a href="#Modifications">4</a>'],
];
const uHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="Content-Language" content="en-us">
<meta name="keywords" content="Unicode Standard, combining marks, stacking, diacritics"><title>UTR #63: ${uTitle}</title>
<link rel="stylesheet" type="text/css" href="https://www.unicode.org/reports/reports-v2.css"></head>
<body><table class="header" width="100%"><tr><td class="icon"><a href="https://www.unicode.org"><img alt="[Unicode]"
src="https://www.unicode.org/webscripts/logo60s2.gif" width="34" height="33" style="vertical-align: middle; border-style: none"></a>&nbsp;&nbsp;
<a class="bar" href="https://www.unicode.org/reports/">Technical Reports</a></td></tr><tr><td class="gray">&nbsp;</td></tr></table>
<div class="body"><h2 class="uaxtitle">Unicode® Technical Report #63</h2><h1>${uTitle}</h1>
<table class="simple" width="90%">${meta.map(([k, v]) => `<tr><td valign="top" width="20%">${k}</td><td valign="top">${v}</td></tr>`).join('\n')}</table>
<h3><br><i>Summary</i></h3>${ps(uSummary.map((p) => `<i>${p}</i>`))}
<h3><i>Status</i></h3>${ps([`<i>${uStatus[0] ?? ''}</i>`])}<blockquote>${ps([`<i>${uStatus[1] ?? ''}</i>`])}</blockquote>
<p><i>Please submit corrigenda and other comments with the online reporting form [<a href="https://www.unicode.org/reporting.html">Feedback</a>].
Related information that is useful in understanding this document is found in the <a href="#References">References</a>.</i></p>
<h3><i>Contents</i></h3><ul class="toc">${uToc.map((t) => `<li><a href="#${t.replace(/\W/g, '')}">${t}</a></li>`).join('\n')}</ul><hr>
<h2>1 <a name="Introduction" href="#Introduction">Introduction</a></h2>${ps(uIntro)}
<h2>2 <a name="Stacking_Order" href="#Stacking_Order">Stacking Order</a></h2>${ps(uOrder)}<ol>${uOrderList.map((l) => `<li>${l}</li>`).join('\n')}</ol>
<h2>3 <a name="Font_Recommendations" href="#Font_Recommendations">Font Recommendations</a></h2>${ps(uFonts)}
<h2><a name="References" href="#References">References</a></h2><table class="noborder" cellpadding="4">
<tr><td class="noborder" valign="top">[Unicode]</td><td class="noborder" valign="top">The Unicode Standard. For the latest version, see:
<a href="https://www.unicode.org/versions/latest/">https://www.unicode.org/versions/latest/</a></td></tr></table>
<h2><a name="Modifications" href="#Modifications">Modifications</a></h2><p>The following summarizes modifications from the previous revision of this
document.</p><h3>Revision 4</h3><ul>${uMods.map((m) => `<li>${m}</li>`).join('\n')}</ul><hr>
<p class="copyright">© 2026 Unicode®, Inc. All Rights Reserved. The Unicode Consortium makes no expressed or implied warranty of any kind, and
assumes no liability for errors or omissions.</p>
<p class="copyright">Unicode and the Unicode Logo are registered trademarks of Unicode, Inc., in the United States and other countries. See
<a href="https://www.unicode.org/copyright.html">Terms of Use</a>.</p></div></body></html>`;
export const unicode: TestPage = {
  name: 'heldout373-unicode-technical-report',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['Summary', 'Status', '1 Introduction', '2 Stacking Order', '3 Font Recommendations'],
  body: texts([...uSummary, ...uStatus, ...uIntro, ...uOrder, ...uOrderList, ...uFonts]),
  bylines: ['Hanne Mossvale, Kofi Asantewa', '2026-01-20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Technical Reports', 'Unicode® Technical Report #63', 'Version', '17.0.0', 'Editors', 'Date',
    'This Version', 'https://www.unicode.org/reports/tr63/tr63-4.html',
    'Previous Version', 'https://www.unicode.org/reports/tr63/tr63-3.html', 'Latest Version', 'https://www.unicode.org/reports/tr63/', 'Revision',
    'Please submit corrigenda and other comments with the online reporting form [Feedback].', 'Contents', 'References', 'Modifications',
    'The Unicode Standard. For the latest version, see: https://www.unicode.org/versions/latest/',
    'The following summarizes modifications from the previous revision of this document.', 'Revision 4', ...uMods,
    j(
      '© 2026 Unicode®, Inc. All Rights Reserved. The Unicode Consortium makes no expressed or implied warranty of any kind, and',
      'assumes no liability for errors or omissions.',
    ),
    'Unicode and the Unicode Logo are registered trademarks of Unicode, Inc., in the United States and other countries. See Terms of Use.',
  ],
};

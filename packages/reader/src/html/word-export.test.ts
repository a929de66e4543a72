import { describe, expect, it } from 'vitest';
import { present } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const para = (t: string) => `<p class=MsoNormal><span lang=EN-GB>${t.repeat(3)}<o:p></o:p></span></p>`;
/** A Word "Save as Web Page" document: the running header and footer are mso-element sections. */
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=ProgId content=Word.Document><title>Harbour works</title></head>
<body lang=EN-GB><div class=WordSection1>
<div style='mso-element:header' id=h1><p class=MsoHeader><span lang=EN-GB>Quay Trust · Briefing note 4<o:p></o:p></span></p></div>
<p class=MsoTitle><span lang=EN-GB>Harbour works<o:p></o:p></span></p>
<p class=MsoNormal align=center><span lang=EN-GB>Revised draft, May 2025<o:p></o:p></span></p>
${para('The harbour wall was rebuilt over the winter at a cost of two million pounds. ')}
${para('Fishing boats returned to the inner basin in March, a month earlier than planned. ')}
<div style='mso-element:footer' id=f1><p class=MsoFooter><span lang=EN-GB>Internal, not for circulation Page 1<o:p></o:p></span></p></div>
</div></body></html>`;

describe('a Word document saved as a web page (clean.ts, round 8)', () => {
  const found = present(extractArticle(wordHtml).text);

  it('drops the running header and footer (mso-element sections, MsoHeader and MsoFooter paragraphs)', () => {
    expect(['Quay Trust · Briefing note 4', 'Internal, not for circulation', 'Page 1'].filter(found)).toEqual([]);
    expect(found('rebuilt over the winter at a cost of two million pounds')).toBe(true);
  });

  it('drops a revision date line under the title', () => {
    expect(found('Revised draft, May 2025')).toBe(false);
  });
});

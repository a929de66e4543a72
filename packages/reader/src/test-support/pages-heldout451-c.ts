import { ps, type TestPage, texts } from './page-kit.js';
import { wpPrint } from './pages-heldout451-c2.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file c: an engineering blog post saved from Safari Reader as a web archive and re-saved as HTML (the
 * Reader's #article.system page with the title, the single-line metadata of byline and date, the original site's name kept
 * above the title, a figure with its caption, a table kept with its caption and the Reader's page number), whose furniture
 * is thin, and, from file c2, a WordPress block-theme blog post saved from the browser's print preview.
 */
const sTitle = 'Why we stopped using long-lived feature branches';
const sP1 = [
  j(
    'For most of 2024 our team of nine worked the way many teams do: every feature got its own branch, the branch lived until the',
    'feature was done, and then someone spent an afternoon merging it back into main. By the autumn, “merge day” had become a',
    'standing joke, and then it stopped being funny.',
  ),
  j(
    'This post explains what we changed, what it cost, and what we measured before and after. It is written for teams of roughly',
    'our size shipping a web product several times a week; your mileage will vary with a mobile app or a regulated release process.',
  ),
];
const sH1 = 'The problem with branches that live for weeks';
const sP2 = [
  j(
    'A branch is a private copy of the code that drifts further from everyone else’s every day. The drift is invisible until the',
    'merge, at which point two people who each made sensible changes discover that the changes do not fit together.',
  ),
  j(
    'We looked back at three months of history and found that a feature branch lived for eleven working days on average. The',
    'longest lived for thirty-four. Roughly one merge in five needed a second person to untangle it.',
  ),
];
const sH2 = 'What we do now';
const sP3 = ['We moved to trunk-based development over about six weeks. In practice that means:'];
const sRules = [
  'Every change is merged into main within two working days, even if the feature it belongs to is unfinished.',
  'Unfinished work ships behind a feature flag that is off by default in production.',
  'Pull requests are kept under about four hundred changed lines, and reviews are expected the same day.',
  'A flag is removed within two weeks of its feature being switched on for everyone.',
];
const sP4 = [
  j(
    'The flags were the part we worried about most. We use a small in-house service rather than a vendor, and we added a weekly',
    'report of flags older than a month, which turned out to be the single most useful thing we built.',
  ),
];
const sH3 = 'Before and after';
const sTable = [
  ['Average age of a branch at merge', '11 days', '1.6 days'],
  ['Merges needing a second person', '21%', '3%'],
  ['Deploys per week', '4', '17'],
  ['Incidents caused by a deploy', '2 per month', '2 per month'],
] as const;
const sP5 = [
  j(
    'The incident rate did not go down, which surprised some of us. It did not go up either, despite four times as many deploys,',
    'and the incidents we did have were smaller and quicker to roll back because each deploy changed less.',
  ),
  j(
    'The cost was real. The first month was slower, reviews felt relentless, and two people found the constant small merges',
    'exhausting until we agreed on review hours. We would still make the same choice again.',
  ),
];
const sCaption = 'Branch age at merge, in working days, across the six months either side of the change.';
const sTableCaption = 'Figures for the three months before and after the move.';
const cell = (t: string): string => `<td>${t}</td>`;
const sHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle}</title><meta name="apple-mobile-web-app-capable" content="yes">
<style id="article-content">#article { -webkit-user-select: text; } .system { font-family: -apple-system, system-ui; }</style></head>
<body class="mac"><div id="background"><div id="article" class="system exported" role="article" tabindex="0" style="max-width: 38em;">
<div class="page" id="page-1"><div class="metadata site-name">Harbourline Engineering</div>
<h1 class="title">${sTitle}</h1>
<div class="metadata singleline"><span class="byline">Priya Ramaswamy</span> <span class="delimiter">•</span>
<span class="date">January 27, 2026</span></div>
${ps(sP1)}
<h2>${sH1}</h2>
${ps(sP2)}
<figure class="reader-image-large"><img src="https://engineering.harbourline.example/images/branch-age.png" alt="">
<figcaption>${sCaption}</figcaption></figure>
<h2>${sH2}</h2>
${ps(sP3)}
<ol>
${lis(sRules)}
</ol>
${ps(sP4)}
<h2>${sH3}</h2>
<table><caption>${sTableCaption}</caption><thead><tr><th>Measure</th><th>Before</th><th>After</th></tr></thead><tbody>
${sTable.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}
</tbody></table>
${ps(sP5)}
<div class="page-number">Page 1 of 1</div></div></div></div>
<script>var ReaderArticleFinderJS = null; window.readerMode = {exported: true, source: "https://engineering.harbourline.example/posts/trunk"};</script>
</body></html>`;
export const safari: TestPage = {
  name: 'heldout451-safari-reader-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sP1, ...sP2, ...sP3, ...sRules, ...sP4, ...sP5]),
  bylines: ['Priya Ramaswamy', 'January 27, 2026'],
  furniture: ['Harbourline Engineering', sCaption, 'Page 1 of 1'],
};

export const HELDOUT451_C: readonly TestPage[] = [safari, wpPrint];

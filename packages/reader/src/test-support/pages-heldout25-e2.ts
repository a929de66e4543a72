import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 25, file e2: a Deutsche Welle (dw.com, English) story (skip links, header with the language switch and
 * "Live TV", the nav, the topic kicker, headline, teaser paragraph, author box, the doubled short-and-long date, the
 * p.dw.com short link, share buttons, lead image with its "Image:" credit, "Skip next section" buttons before each block, the
 * rich-text body with two h2 subheads and an inline image, "Advertisement" labels, "Edited by:" line, the translation note,
 * "Send us your feedback", "Related topics", "Explore more" and the footer).
 */
const dwTitle = 'German town tries a four-day school week to cope with teacher shortage';
const dwTeaser =
  'A small town in Hesse has moved its secondary school to a four-day week because it cannot find enough teachers. Parents are ' +
  'split, and education experts are watching closely.';
const dwBody1 = [
  'When the school year began in August, the 640 pupils of the comprehensive school in Bad Kellerbach found that their timetable ' +
    'had lost a day. Lessons now run from Monday to Thursday, with longer days, and Fridays are set aside for homework, sports clubs ' +
    'and, for the older pupils, work placements.',
  'The school\'s head teacher, Andrea Vogt, says the decision was forced on her. "We were missing nine teachers at the start of ' +
    'last year, and we could not cover the lessons," she told DW. "It was either a shorter week planned properly, or cancelled ' +
    'lessons every day."',
];
const dwH1 = 'A shortage felt across Germany';
const dwBody2 = [
  'Germany has been short of teachers for years. Education unions estimate that schools across the country are missing tens of ' +
    'thousands of staff, with the gaps largest in mathematics and the sciences and in rural areas that struggle to attract young teachers.',
  'Several federal states have tried larger classes, shorter lessons or hiring career changers with no teacher training. A ' +
    "four-day week has been discussed before, but Bad Kellerbach's school is among the first in Germany to try it for a full year, " +
    'as part of a pilot project approved by the state education ministry.',
  'Under the plan, the total number of lessons per week falls only slightly, because the four remaining days are longer. Teachers ' +
    'use the fifth day for planning, marking and further training.',
];
const dwH2 = 'Parents divided';
const dwBody3 = [
  'Not all parents are happy. Jörg Pfeiffer, whose daughter is in the seventh grade, says working families have been left to ' +
    'organize care for a full extra day. "For a 12-year-old, a free Friday is not a study day, it\'s a day on the sofa," he said.',
  'Others see benefits. Several parents told DW that their children were less tired and that the school now had fewer ' + 'last-minute cancellations.',
  'Education researcher Katrin Almeida of the Institute for School Research in Frankfurt, who will evaluate the pilot, cautions ' +
    'against drawing conclusions too early. "We need to see what happens to learning outcomes, especially for children who get ' +
    'less support at home," she said. The first results are expected in the summer of 2026.',
];
const dwLeadCap = 'Pupils at the Bad Kellerbach comprehensive have Fridays off this school year';
const dwLeadCredit = 'Image: Boris Roessler/dpa/picture alliance';
const dwInCap = 'Germany’s schools are short of teachers in mathematics and the sciences in particular';
const dwInCredit = 'Image: Julian Stratenschulte/dpa/picture alliance';
const dwEdited = 'Edited by: Martin Kübler';
const dwNote = 'This article was originally written in German.';
const dwNav = ['Germany', 'World', 'Business', 'Science', 'Environment', 'Culture', 'Sports', 'In focus'];
const dwSkips = ['Skip to content', 'Skip to main menu', 'Skip to more DW sites'];
const dwShare = ['Facebook', 'X', 'WhatsApp', 'E-Mail', 'Facebook Messenger', 'Telegram', 'Reddit', 'LinkedIn'];
const dwTopics = ['Germany', 'Education', 'Hesse', 'Schools'];
const dwExplore = [
  'Why so many German teachers are quitting early',
  'Germany’s PISA scores: what went wrong?',
  'Ukrainian pupils in Germany: learning in two systems',
];
const dwFoot = ['About DW', 'Accessibility', 'Accessibility statement', 'Legal notice', 'Contact', 'Privacy Policy', 'Privacy settings'];
const dwSkip = (next: string) => `<button class="skip-link sc-kDnyiN" data-target="${next}">Skip next section</button>`;
const dwAd = '<div class="advertisement sc-iHbSHJ"><span class="label">Advertisement</span><div class="ad-slot"></div></div>';
const dwP = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');
const dwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>German town tries a four-day school week – DW – 11/18/2025</title>
<meta name="description" content="${dwTeaser}"><link rel="canonical" href="https://www.dw.com/en/german-town-tries-a-four-day-school-week/a-74712345">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dwTitle}","inLanguage":"en",
"author":[{"@type":"Person","name":"Lena Hartmann"}],"datePublished":"2025-11-18T10:12:00.000Z","isAccessibleForFree":true}</script>
<script>window.__APP_STATE__={"article":{"id":74712345,"categoryName":"Education","contentLinkIds":[71833210,69102455]}};</script></head>
<body><div id="root"><nav class="skip-links">${dwSkips.map((t) => `<a href="#${t.slice(8).replace(/ /g, '-')}">${t}</a>`).join('')}</nav>
<header class="sc-hKMtZM header"><a class="logo" href="/en/top-stories/s-9097" aria-label="DW"><svg><title>DW</title></svg></a>
<button class="language-switch" aria-label="Language">EN</button><a class="live-tv" href="/en/live-tv/s-100825">Live TV</a>
<nav class="main-nav"><ul>${links(dwNav, 'nav-item')}</ul></nav></header>
<main id="content"><article class="sc-eCImPb article">
<header class="article-header">${dwSkip('topic')}<a class="kicker" href="/en/education/t-17314710">Education</a>
<h1 class="sc-jSMfEi headline">${dwTitle}</h1><p class="teaser-text sc-gKXOVf">${dwTeaser}</p>
<div class="author-details"><img alt="" src="https://static.dw.com/image/lena-hartmann.jpg"><a class="author-link"
href="/en/lena-hartmann/person-59112345">Lena Hartmann</a></div>
<span class="publication-time"><span class="short-date">11/18/2025</span><span class="long-date">November 18, 2025</span></span>
<a class="short-url" href="https://p.dw.com/p/4lXq9">https://p.dw.com/p/4lXq9</a>
<div class="share-buttons"><ul>${links(dwShare, 'share-item')}</ul><button class="print">Print</button></div></header>
<figure class="hero-image"><img alt="${dwLeadCap}" src="https://static.dw.com/image/74712346_906.jpg"><figcaption><span class="description">${dwLeadCap}</span>
<span class="credits">${dwLeadCredit}</span></figcaption></figure>
<div class="rich-text sc-ftvSup">
${dwP(dwBody1)}
${dwAd}
<h2>${dwH1}</h2>
${dwP(dwBody2.slice(0, 2))}
${dwSkip('image')}
<figure class="placeholder-image big"><img alt="" src="https://static.dw.com/image/70015678_906.jpg"><figcaption><span class="description">${dwInCap}</span>
<span class="credits">${dwInCredit}</span></figcaption></figure>
${dwP(dwBody2.slice(2))}
<h2>${dwH2}</h2>
${dwP(dwBody3)}
<p><i>${dwEdited}</i></p>
<p><i>${dwNote}</i></p>
</div>
${dwSkip('feedback')}<div class="feedback-box"><a href="/en/contact/feedback">Send us your feedback</a></div>
${dwAd}
<section class="related-topics">${dwSkip('related')}<h2>Related topics</h2><ul>${links(dwTopics, 'topic')}</ul></section></article>
<section class="explore-more">${dwSkip('explore')}<h2>Explore more</h2><ul>${links(dwExplore, 'teaser')}</ul><button>Show more</button></section></main>
<footer class="footer"><ul>${links(dwFoot, 'footer-link')}</ul><p class="copyright">© 2025 Deutsche Welle</p></footer></div></body></html>`;
export const deutscheWelle: TestPage = {
  html: dwHtml,
  name: 'heldout25-dw-story',
  kind: 'news',
  // the teaser paragraph under the headline is the story's lead: body; the two h2 subheads are the headings; "Lena Hartmann",
  // the doubled date (one text run as the page shows it) and "Edited by: ..." (an editor credit set in the body) are bylines;
  // the translation note in the body is furniture (a note about the text, not part of it); the kicker, short link, share
  // buttons, both image captions with their "Image:" credits, the "Skip next section" buttons (once), "Advertisement" labels
  // (once), feedback link, "Related topics", "Explore more", skip links, header, nav and footer are furniture; "Germany" (nav
  // and topics) is a word of the first heading: left out; the kicker "Education" is also a topic (listed once)
  title: dwTitle,
  headings: [dwH1, dwH2],
  body: [dwTeaser, ...texts(dwBody1), ...texts(dwBody2), ...texts(dwBody3)],
  bylines: ['Lena Hartmann', '11/18/2025November 18, 2025', dwEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dwSkips, 'EN', 'Live TV', ...dwNav.filter((t) => t !== 'Germany'), 'https://p.dw.com/p/4lXq9', ...dwShare, 'Print', dwLeadCap, dwLeadCredit,
    'Skip next section', 'Advertisement', dwInCap, dwInCredit, dwNote, 'Send us your feedback', 'Related topics', ...dwTopics.filter((t) => t !== 'Germany'),
    'Explore more', ...dwExplore, 'Show more', ...dwFoot, '© 2025 Deutsche Welle',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 120, file a2: an investigation on a nonprofit newsroom built on ProPublica's template (the site header with
 * the "Donate" button and topics menu, the series kicker, hed, dek, the byline with partner newsroom and the timestamp, the
 * "Republish" and share buttons, the lead art caption and credit, the newsletter notice at the top of the article body, copy
 * blocks with data-pp-id, h3 section headings, an in-body "Do You Have a Tip?" callout, the series box, the reporter notes
 * at the end, "Read More" related stories, the republish dialog kept in the page and the footer).
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const ppTitle = 'The State Paid for Round-the-Clock Care. Night Shifts at These Group Homes Were Often Empty.';
const ppDek = paras(`Records show a company that runs 23 homes for adults with disabilities billed Harmon State for overnight staff who were
not there. Residents were left alone, and one man walked out into the cold.`);
const ppP1 = paras(`Just after 2 a.m. on a January night in 2024, a 34-year-old man who could not speak walked out of a group home on
Aldous Road in Fenwick, barefoot and wearing a T-shirt. It was 19 degrees. A delivery driver found him nearly a mile away, sitting
at a bus shelter, and called 911.

Under the man’s care plan, a staff member was supposed to be awake in the house all night. According to a police report, officers
who arrived at the home found its three other residents asleep and no employee in the building. The overnight worker arrived 40
minutes later and told police he had been running an errand.

The home is one of 23 run by Brightwater Living, a company that has grown quickly since a private equity firm bought it in 2019. An
OpenDocket review of more than 4,000 pages of state inspection reports, timesheets obtained through public records requests and
court filings found that the Aldous Road episode was not an isolated lapse.`);
const ppH1 = 'Billing for hours no one worked';
const ppP2 = paras(`Harmon State pays Brightwater a daily rate for each resident that assumes staff are present 24 hours a day. In at least
57 instances from 2021 to 2024, state inspectors or police documented that a home had no awake staff member overnight, even though
the company billed for full coverage on those dates.

Timesheets from four homes, which Brightwater gave to the state during an audit, show overnight shifts recorded as worked on dates
when the same employees were clocked in at a different home across town. In 11 cases, a single worker was listed as covering two
houses at once for the entire night.

Former employees described a system that relied on a small number of workers stretched across several homes. “You’d get a text at
9 p.m. saying, ‘Can you cover Aldous too,’” said Keisha Morrow, who worked overnight shifts for Brightwater until 2023. “So you’d
drive back and forth between them all night. Most nights, one house was empty.”`);
const ppH2 = 'What the state knew';
const ppP3 = paras(`The state’s Office of Disability Services cited Brightwater for staffing violations 31 times over the four years, records
show. But it fined the company only twice, for a total of $6,500, and never sought to recover payments for hours that were not
worked. The agency receives about $180 million a year from the state to fund group home care.

An agency spokesperson, Lorraine Adeyemi, said the office had “taken every appropriate step” and that its inspectors focus on
correcting problems rather than punishing providers. She said the agency does not have the authority to audit billing on its own
and would refer any evidence of fraud to the state attorney general.

The attorney general’s office declined to say whether it had received such a referral.

In a written statement, Brightwater’s chief executive, Daniel Stroud, said the company “takes the safety of the people we support
extremely seriously” and had hired a compliance officer and installed electronic check-in systems at every home last year. He said
the timesheets OpenDocket reviewed contained “clerical errors” and did not show that any shift had gone uncovered. The company did
not respond to questions about the Aldous Road incident.`);
const ppH3 = 'A family’s search for answers';
const ppP4 = paras(`The man who walked out that night has since moved to a home run by another provider. His sister, Rosa Caldwell, said she
learned what happened only when a hospital social worker called her the next morning. Brightwater’s incident report, which she
later obtained, said he had “left the home during a brief staff absence.”

“Forty minutes is not brief when he is outside in the snow with no shoes,” Caldwell said. “They told us someone would be there all
night. That is what the state was paying for. That is what we were promised.”

After OpenDocket shared its findings with state lawmakers this month, Sen. Harold Bixby, who chairs the health committee, said he
would call agency officials to testify at a hearing in April. “If taxpayers are paying for a staff member to be awake in that
house, there had better be someone awake in that house,” he said.`);
const ppNav = ['Topics', 'Series', 'Local Reporting Network', 'Newsletters', 'About Us', 'Impact'];
const ppNotice = 'OpenDocket is a nonprofit newsroom that investigates abuses of power. Sign up for Dispatches to get our stories in your inbox.';
const ppCaption = 'The Brightwater Living group home on Aldous Road in Fenwick, where a resident walked out on a January night in 2024.';
const ppTip = [
  'Do You Have a Tip About Group Home Care?',
  'If you work for a group home provider, have a family member in one or know about conditions inside, we want to hear from you.',
  'Contact Anna Whitlock',
];
const ppSeries = ['Series:', 'Care for Sale', 'How Private Money Reshaped Disability Services', 'More in this series'];
const ppNotes = 'Rachel Imbert contributed research. Map by Tomás Velez.';
const ppMore = [
  'Inspectors Flagged Broken Smoke Alarms at Care Homes. The State Renewed Their Licenses Anyway.',
  'A Hospital Chain Sued Thousands of Patients. Then It Quietly Stopped.',
  'How a Rural County Lost Its Only Ambulance Service',
];
const ppRepublish = [
  'Republish This Story for Free',
  'Thank you for your interest in republishing this story. You are free to republish it so long as you do the following:',
  'You have to credit us.',
  'You cannot edit our material, except to reflect relative changes in time, location and editorial style.',
  'Copy to clipboard',
];
const ppFoot = ['Staff', 'Jobs', 'Code of Ethics', 'Privacy Policy', 'Send Us Tips', 'Steal Our Stories', 'Contact Us'];
const ppCopy = '© Copyright 2025 OpenDocket Inc.';
let ppN = 0;
const ppCopyBlocks = (a: readonly string[]): string => a.map((p) => `<p data-pp-blocktype="copy" data-pp-id="${++ppN}.0">${p}</p>`).join('\n');
const ppHead = (t: string): string => `<h3 data-pp-blocktype="heading" data-pp-id="${++ppN}.0">${t}</h3>`;
const ppHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The State Paid for Round-the-Clock Care. Night Shifts at These Group Homes Were Often Empty. — OpenDocket</title>
<meta name="description" content="${ppDek[0]}"><meta property="og:title" content="${ppTitle}"><meta property="og:type" content="article">
<meta name="parsely-metadata" content='{"series":"Care for Sale","partner":"Fenwick Post-Dispatch"}'><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.opendocket.example/article/brightwater-living-group-homes-overnight-staff-billing">
<link rel="stylesheet" href="https://assets.opendocket.example/static/dist/main.8a2f1c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ppTitle}","datePublished":"2025-03-12T05:00:00-04:00",
"author":[{"@type":"Person","name":"Anna Whitlock"},{"@type":"Person","name":"Marcus Oyelaran"}],"isAccessibleForFree":true,
"publisher":{"@type":"NewsMediaOrganization","name":"OpenDocket"}}</script>
<script async src="https://assets.opendocket.example/static/dist/main.8a2f1c.js"></script></head>
<body class="article article-body-page series-care-for-sale"><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="/"><span class="visually-hidden">OpenDocket</span>
<svg aria-hidden="true"><use href="#logo"></use></svg></a><nav class="site-header__nav" aria-label="Main"><ul class="nav-list">
${links(ppNav, 'nav-list__item')}</ul></nav><div class="site-header__actions"><button class="btn-search" aria-label="Search">Search</button>
<a class="btn btn--donate" href="https://donate.opendocket.example/">Donate</a></div></div></header>
<main id="main"><article class="story story--series" data-pp-story-id="120843">
<header class="story-header"><div class="story-header__wrapper"><p class="series-title"><a href="/series/care-for-sale">Care for Sale</a></p>
<h1 class="hed">${ppTitle}</h1>
<p class="dek">${ppDek[0]}</p>
<div class="story-header__meta"><p class="byline">by <a class="name" href="/people/anna-whitlock">Anna Whitlock</a>, OpenDocket, and
<a class="name" href="https://www.fenwickpost.example/staff/marcus-oyelaran">Marcus Oyelaran</a>, Fenwick Post-Dispatch</p>
<time class="timestamp" datetime="2025-03-12T05:00:00-04:00">March 12, 2025, 5 a.m. EDT</time></div>
<div class="story-header__tools"><button class="btn btn--republish" data-modal="republish">Republish</button>
<div class="share-tools"><a class="share-tools__link" href="#" data-network="facebook"><span class="visually-hidden">Share on Facebook</span></a>
<a class="share-tools__link" href="#" data-network="bluesky"><span class="visually-hidden">Share on Bluesky</span></a>
<button class="share-tools__copy" data-copy-url>Copy link</button></div></div></div></header>
<div class="lead-art"><figure class="figure figure--lead"><img src="https://img.opendocket.example/aldous-road.jpg" alt="A one-story house with a ramp"
width="1600" height="1066"><figcaption class="figure__caption"><span class="caption">${ppCaption}</span>
<span class="credit">Credit: Jonah Reyes for OpenDocket</span></figcaption></figure></div>
<div class="article-body" id="article-body">
<div class="newsletter-in-article" data-pp-blocktype="newsletter"><p class="newsletter-in-article__text">${ppNotice}</p></div>
${ppCopyBlocks(ppP1)}
${ppHead(ppH1)}
${ppCopyBlocks(ppP2.slice(0, 2))}
<aside class="bb-callout bb-callout--tip" data-pp-blocktype="callout"><h4 class="bb-callout__title">${ppTip[0]}</h4>
<p class="bb-callout__text">${ppTip[1]}</p><a class="btn" href="/people/anna-whitlock#contact">${ppTip[2]}</a></aside>
${ppCopyBlocks(ppP2.slice(2))}
${ppHead(ppH2)}
${ppCopyBlocks(ppP3)}
${ppHead(ppH3)}
${ppCopyBlocks(ppP4)}
<div class="story-notes" data-pp-blocktype="notes"><p><em>${ppNotes}</em></p></div>
</div>
<div class="series-box"><p class="series-box__label">${ppSeries[0]}</p><h2 class="series-box__title"><a href="/series/care-for-sale">${ppSeries[1]}</a></h2>
<p class="series-box__description">${ppSeries[2]}</p><a class="series-box__more" href="/series/care-for-sale">${ppSeries[3]}</a></div>
</article>
<section class="related-stories"><h2 class="related-stories__title">Read More</h2><ul class="story-list">
${ppMore.map((t) => `<li class="story-list__item"><h3 class="story-list__hed"><a href="/article/${t.length}">${t}</a></h3></li>`).join('\n')}</ul></section>
<div class="modal modal--republish" id="republish" aria-hidden="true" hidden><div class="modal__dialog"><h2>${ppRepublish[0]}</h2><p>${ppRepublish[1]}</p>
<ul><li>${ppRepublish[2]}</li><li>${ppRepublish[3]}</li></ul><textarea readonly>&lt;h1&gt;${ppTitle}&lt;/h1&gt;</textarea>
<button class="btn" data-copy>${ppRepublish[4]}</button></div></div></main>
<footer class="site-footer"><div class="site-footer__mission"><p>OpenDocket is an independent, nonprofit newsroom.</p></div>
<nav aria-label="Footer"><ul class="site-footer__links">${links(ppFoot)}</ul></nav><p class="site-footer__copyright">${ppCopy}</p></footer>
</body></html>`;
export const propublicaStory: TestPage = {
  html: ppHtml,
  name: 'heldout120-propublica-news',
  kind: 'news',
  // the dek is body; the newsletter notice at the top of the article body, the tip callout inside it and the reporter
  // notes at its end are furniture; the two "by" names with their newsrooms and the timestamp are bylines
  title: ppTitle,
  headings: [ppH1, ppH2, ppH3],
  body: texts([...ppDek, ...ppP1, ...ppP2, ...ppP3, ...ppP4]),
  bylines: ['Anna Whitlock', 'Marcus Oyelaran', 'March 12, 2025, 5 a.m. EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ppNav, 'Search', 'Donate', 'Care for Sale', 'Republish', 'Share on Facebook', 'Share on Bluesky', 'Copy link', ppCaption,
    'Credit: Jonah Reyes for OpenDocket', ppNotice, ...ppTip, ppNotes, 'Series:', ppSeries[2] ?? '', ppSeries[3] ?? '', 'Read More', ...ppMore,
    ...ppRepublish, 'OpenDocket is an independent, nonprofit newsroom.', ...ppFoot, ppCopy,
  ],
};

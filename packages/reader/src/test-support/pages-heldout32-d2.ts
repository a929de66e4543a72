import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 32, file d2: a ProPublica investigation on its own template (header with "Donate" button and nav, the series
 * label, topic kicker, hed and dek, two bylines from two newsrooms with a timestamp, the "ProPublica is a nonprofit
 * newsroom" note with its newsletter link, the Local Reporting Network partner note, the lead photo caption and credit,
 * paragraphs with data-pp attributes and h2 subheads, an in-story newsletter box and a donation ask between paragraphs, the
 * research credit line, the "Do You Have a Tip" box, the republish button with its license line, the author bios, "Read
 * More" and "Latest Stories" lists, the footer and JSON-LD).
 */
const ppTitle = 'A Desert Water District Found Arsenic in Its Wells. It Kept the Results in a Drawer for Three Years.';
const ppDek =
  'Records show the Copper Mesa Water District in Arizona repeatedly measured arsenic above the federal limit but told ' +
  'customers their water was safe. State regulators never checked.';
const ppH = ['“We Didn’t Want to Scare Anybody”', 'Who Was Supposed to Check'];
const ppBody1 = [
  'In the spring of 2022, a lab in Phoenix sent the Copper Mesa Water District the results of its routine tests on two of the ' +
    'district’s five wells. Both showed arsenic at about 14 parts per billion, well above the federal limit of 10.',
  'The district, which serves about 3,800 people in a cluster of desert subdivisions south of Tucson, did not tell them. Over ' +
    'the next three years, according to lab reports obtained by ProPublica and the Sierra Vista Courier, the wells tested above ' +
    'the limit at least nine more times. In each of its annual water quality reports during that period, the district told ' +
    'customers that its water “met or exceeded all state and federal standards.”',
  'Long-term exposure to arsenic at those levels is linked to higher risks of bladder, lung and skin cancers, according to the ' +
    'Environmental Protection Agency. Federal rules require water systems to notify customers within 30 days after a violation ' +
    'is confirmed and to take steps to fix it.',
];
const ppBody2 = [
  'The district’s longtime manager, Wendell Haskins, said in an interview that he had believed the high readings were errors ' +
    'caused by sampling problems and that he had been waiting for better data before alarming residents. He retired in October.',
  '“We didn’t want to scare anybody over numbers we weren’t sure about,” Haskins said. Asked why the district did not send ' +
    'samples to a second lab to settle the question, he said the board had not approved the money.',
  'Minutes from the district’s board meetings show the test results were never discussed in public. Two former board members ' +
    'told reporters they did not recall seeing them. The current board chair, Alma Reyes, said she learned of the results in ' +
    'December, when reporters asked about them, and that the district has since begun blending water from its cleaner wells to ' +
    'bring arsenic levels down.',
  'Residents said they felt betrayed. Teresa Villanueva, who has lived in the district for 19 years and raised three children ' +
    'there, said she had stopped buying bottled water after reading the district’s reassuring reports. “They put it in writing,” ' +
    'she said. “What else are we supposed to go on?”',
];
const ppBody3 = [
  'Small water systems in Arizona are required to send their test results to the Arizona Department of Environmental Quality. ' +
    'Records show that Copper Mesa did so only sporadically, and that the department did not follow up on the missing reports.',
  'A department spokesperson said the agency oversees more than 1,500 public water systems and relies on operators to report ' +
    'violations. She said the department had opened an inquiry after being contacted by reporters and would consider penalties.',
  'Experts said the case exposes a gap that exists in many states. “The whole system runs on the honor of the people who ' +
    'run the utility,” said Nadia Oyelaran, a former EPA enforcement attorney. “When the operator doesn’t report, nobody knows.”',
];
const ppNote =
  'ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as ' + 'they’re published.';
const ppPartner =
  'This article was produced for ProPublica’s Local Reporting Network in partnership with the Sierra Vista Courier. Sign up ' +
  'for Dispatches to get stories like this one as soon as they are published.';
const ppCaption = 'Teresa Villanueva fills a jug at a water vending machine in Sahuarita, Arizona.';
const ppNlBox = ['Get Our Top Investigations', 'Subscribe to the Big Story newsletter.'];
const ppDonate = [
  'Our investigations depend on readers like you. ProPublica has no paywall, and we don’t sell ads against our work.',
  'Support ProPublica’s reporting today.',
];
const ppTip = [
  'Do You Have a Tip for ProPublica? Help Us Do Journalism.',
  'Got a story we should hear? Are you down in the weeds on a topic and have an insight we should know about? We’d love to hear from you.',
];
const ppBios = [
  'Hannah Lockridge is a reporter with ProPublica’s Local Reporting Network covering water and the environment in the Southwest.',
  'Diego Arvizu is a staff reporter for the Sierra Vista Courier.',
];
const ppNav = ['Investigations', 'Local Reporting Network', 'Data & Tools', 'Newsletters', 'Events', 'About'];
const ppMore = ['In Nevada, Rural Utilities Struggle to Afford New Filters', 'How We Analyzed Arizona’s Water Test Records'];
const ppLatest = ['The Inspectors Who Weren’t', 'A Hospital Chain’s Billing Secret', 'What Happened to the Flood Buyouts'];
const ppFoot = ['Masthead', 'Jobs', 'Awards', 'Reports', 'Corrections', 'Code of Ethics', 'Privacy Policy', 'Advertising', 'Steal Our Stories'];
const ppP = (ps: readonly string[], start: number): string => ps.map((p, i) => `<p data-pp-blocktype="copy" data-pp-id="${start + i}.0">${p}</p>`).join('\n');
const ppHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>${ppTitle} — ProPublica</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ppTitle}","author":[{"@type":"Person",
"name":"Hannah Lockridge"},{"@type":"Person","name":"Diego Arvizu"}],"datePublished":"2026-01-22T05:00:00-05:00","isAccessibleForFree":true}</script>
</head><body class="article-layout"><header class="site-header"><a class="logo" href="/">ProPublica</a>
<p class="tagline">Investigative Journalism in the Public Interest</p><nav class="site-nav"><ul>${links(ppNav)}</ul></nav>
<a class="btn btn-donate" href="https://donate.propublica.org/">Donate</a></header>
<main id="main"><article class="article-body" id="article-body"><header class="article-header">
<p class="series-title">Series: <a href="/series/tapped-out">Tapped Out</a></p><p class="topic"><a href="/topics/environment">Environment</a></p>
<h1 class="hed">${ppTitle}</h1><p class="dek">${ppDek}</p>
<div class="byline-and-date"><p class="byline">by <a href="/people/hannah-lockridge">Hannah Lockridge</a>, ProPublica, and
<a href="/people/diego-arvizu">Diego Arvizu</a>, Sierra Vista Courier</p>
<time class="timestamp" datetime="2026-01-22T05:00EST">Jan. 22, 2026, 5 a.m. EST</time></div></header>
<div class="note-top"><p>${ppNote}</p></div>
<div class="lrn-note"><p><em>${ppPartner}</em></p></div>
<figure class="lead-art"><img src="https://img.assets-c3.propublica.org/images/articles/arsenic-lead.jpg" alt="">
<figcaption><span class="caption">${ppCaption}</span> <span class="credit">Credit: Rocío Mendel for ProPublica</span></figcaption></figure>
${ppP(ppBody1, 1)}
<div class="newsletter-in-story" data-pp-location="in-story"><h3>${ppNlBox[0]}</h3><p>${ppNlBox[1]}</p>
<input type="email" aria-label="Email address"><button type="submit">Sign Up</button></div>
<h2 data-pp-blocktype="heading">${ppH[0]}</h2>
${ppP(ppBody2, 4)}
<div class="bb-callout donation-ask" data-pp-location="midarticle"><p>${ppDonate[0]}</p><p>${ppDonate[1]}</p>
<a class="btn" href="https://donate.propublica.org/?source=midarticle">Donate Now</a></div>
<h2 data-pp-blocktype="heading">${ppH[1]}</h2>
${ppP(ppBody3, 8)}
<p data-pp-blocktype="copy"><em>Adele Finch contributed research.</em></p>
<div class="tip-box"><h3>${ppTip[0]}</h3><p>${ppTip[1]}</p><a href="/tips">Send us a tip</a></div>
<div class="republish"><button class="btn" data-modal="republish">Republish This Story for Free</button>
<p class="license">Creative Commons License (CC BY-NC-ND 3.0)</p></div>
<div class="author-bios">${ppBios.map((b) => `<p class="bio">${b}</p>`).join('')}</div></article>
<aside class="related"><h2>Read More</h2><ul>${links(ppMore)}</ul></aside>
<aside class="latest-stories"><h2>Latest Stories from ProPublica</h2><ul>${links(ppLatest)}</ul></aside></main>
<footer class="site-footer"><ul>${links(ppFoot)}</ul><p>© Copyright 2026 Pro Publica Inc.</p></footer></body></html>`;
export const proPublicaInvestigation: TestPage = {
  html: ppHtml,
  name: 'heldout32-propublica-investigation',
  kind: 'news',
  // the dek is body, the two h2s the headings; the two names, the timestamp, the research credit line ("contributed research",
  // an author line) and the two author bios are bylines (the newsroom names after the names in neither: "ProPublica" and "Sierra
  // Vista Courier" are words of the body); the nonprofit note at the top and the partner note (house notes, not the story),
  // "Series: Tapped Out", the topic, the caption and credit, the in-story newsletter box, the donation ask, the tip box, the
  // republish button and license, "Read More", "Latest Stories from ProPublica", header, nav and footer are furniture; the
  // nav's "About" and the footer's "Reports" are left out (words of the body)
  title: ppTitle,
  headings: ppH,
  body: [ppDek, ...texts(ppBody1), ...texts(ppBody2), ...texts(ppBody3)],
  bylines: ['Hannah Lockridge', 'Diego Arvizu', 'Jan. 22, 2026, 5 a.m. EST', 'Adele Finch contributed research.', ...ppBios],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Investigative Journalism in the Public Interest', ...ppNav.filter((t) => t !== 'About'), 'Donate',
    'Tapped Out', 'Environment', ppNote, ppPartner, ppCaption, 'Credit: Rocío Mendel for ProPublica', ...ppNlBox, 'Sign Up', ...ppDonate, 'Donate Now',
    ...ppTip, 'Send us a tip', 'Republish This Story for Free', 'Creative Commons License (CC BY-NC-ND 3.0)', 'Read More', ...ppMore,
    'Latest Stories from ProPublica', ...ppLatest, ...ppFoot.filter((t) => t !== 'Reports'), '© Copyright 2026 Pro Publica Inc.',
  ],
};

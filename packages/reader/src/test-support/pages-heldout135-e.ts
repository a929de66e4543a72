import { links, type TestPage, texts } from './page-kit.js';
import { cbcStory } from './pages-heldout135-e2.js';

/**
 * Held-out batch 135, file e: a ProPublica story (the site header with "Donate", the series kicker, hed, dek, the "by" byline
 * with a partner newsroom, the timestamp, the share/republish tools, the italic Local Reporting Network note opening the
 * article body, data-pp-blocktype blocks, a lead image and an inline image with caption and credit, an in-text "Read More"
 * callout and a "Help Us Report" form callout, the h2 subheads, the author bios, the "More in this series" box, the donation
 * ask and the footer) and, from file e2, a CBC News story.
 */
const ppTitle = 'A Chemical Plant Reported 37 Leaks in Four Years. Louisiana Fined It Once.';
const ppDek =
  'Records show the Verrel Chemical plant in St. Ormand Parish repeatedly released toxic gas near homes and a school. State ' +
  'regulators opened cases, then let most of them lapse.';
const ppNote =
  'This article was produced for ProPublica’s Local Reporting Network in partnership with The Gulf Ledger. Sign up for Dispatches ' +
  'to get stories like this one as soon as they are published.';
const ppP1 = [
  'On a Tuesday morning in March 2023, teachers at Belle Rive Elementary School noticed a sharp, sweet smell drifting across the ' +
    'playground. Within an hour, three children had been sent to the nurse with headaches and stinging eyes, and the principal had ' +
    'brought everyone inside.',
  'A mile away, the Verrel Chemical plant had released about 900 pounds of vinyl chloride from a leaking valve, according to a ' +
    'report the company filed with the state two days later. It was the plant’s 21st reported leak since 2021.',
  'By the end of 2024, the count had reached 37. Yet records obtained by ProPublica and The Gulf Ledger show that the Louisiana ' +
    'Department of Environmental Quality issued just one fine over those four years: $18,400, for a 2022 release of ethylene ' +
    'dichloride that sent two workers to the hospital.',
];
const ppH1 = 'Cases Opened, Then Closed';
const ppP2 = [
  'The agency did open enforcement cases after many of the leaks. But reporters found that at least 19 of those cases were ' +
    'closed without a penalty, often after the company said it had repaired the equipment involved. In several cases, the ' +
    'same valve or pump leaked again within months.',
  'Former agency inspector Raymond Thibodeaux, who worked on several of the Verrel cases before retiring last year, said ' +
    'staffing cuts meant inspectors had little time to follow up.',
  '“We would write it up, send it to enforcement, and that was usually the last we heard of it,” Thibodeaux said. “There were ' +
    'two of us covering that whole stretch of the river. You pick your fights.”',
  'A spokesperson for the department, Colette Broussard, said in a written statement that the agency “takes every reported ' +
    'release seriously” and that many of the leaks were small and quickly contained. She said the department had opened a ' +
    'review of the plant’s compliance history after receiving questions from reporters.',
];
const ppRead = 'Louisiana’s Pollution Regulators Are Down a Third of Their Inspectors';
const ppH2 = 'A School in the Fenceline Zone';
const ppP3 = [
  'Belle Rive Elementary, which serves about 430 students, sits just over a mile from the plant’s property line. More than ' +
    '1,800 people live within two miles, most of them in the unincorporated communities of Belle Rive and Pointe Noire.',
  'Parents said they were never told what had been released in 2023. Tanisha Guidry, whose son was one of the children sent ' +
    'to the nurse, said she learned about the leak from a neighbor who works at the plant.',
  '“Nobody called us. Nobody sent a letter home,” Guidry said. “If it happened at a school in the city, there would have been television cameras.”',
  'Verrel Chemical, which is owned by a Houston-based holding company, did not make anyone available for an interview. In a ' +
    'statement, the company said it had spent $42 million on “reliability improvements” at the plant since 2022 and that none ' +
    'of its releases had exceeded federal limits outside the facility.',
];
const ppCaption = 'Belle Rive Elementary School sits just over a mile from the Verrel Chemical plant in St. Ormand Parish.';
const ppCredit = 'Adrienne Villery for ProPublica';
const ppHelp = [
  'Help Us Report on Chemical Plants',
  'Do you live or work near an industrial plant in Louisiana? We want to hear about your experiences.',
  'Your name',
  'Email address',
  'Tell us what you have seen',
  'Submit',
];
const ppH3 = 'What Comes Next';
const ppP4 = [
  'Under a consent agreement signed in 2019, the plant is supposed to install fence-line air monitors that publish readings ' +
    'online. Six years later, only two of the planned eight monitors are working, according to the company’s most recent ' +
    'progress report.',
  'State Rep. Loretta Fontenot, whose district includes Belle Rive, said she plans to introduce a bill next session that would ' +
    'require plants to notify nearby schools within an hour of any reportable release.',
  '“It should not depend on who you happen to know,” she said.',
];
const ppNav = ['Investigations', 'Local Reporting Network', 'Data', 'Impact', 'Newsletters', 'About Us'];
const ppTools = ['Share', 'Republish This Story', 'Print'];
const ppBios = [
  'Delphine Arceneaux is a reporter at The Gulf Ledger and a member of ProPublica’s Local Reporting Network.',
  'Marcus Hale is a reporter for ProPublica covering environmental enforcement in the Gulf South.',
];
const ppSeries = 'Poison on the River';
const ppSeriesMore = 'Residents Near Chemical Plants Weren’t Warned About a Toxic Leak';
const ppDonate = [
  'Thank you for reading ProPublica',
  'ProPublica is a nonprofit newsroom that investigates abuses of power. Your support keeps our work going.',
  'Donate Now',
];
const ppFoot = ['About Us', 'Staff', 'Jobs', 'Awards', 'Reports', 'Corrections', 'Contact Us', 'Privacy Policy', 'Code of Ethics', 'Advertising Policy'];
const pb = (kind: string, inner: string, tag = 'p'): string => `<${tag} data-pp-blocktype="${kind}" data-pp-id="${inner.length}">${inner}</${tag}>`;
const ppPs = (a: readonly string[]): string => a.map((p) => pb('copy', p)).join('\n');
const ppHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Chemical Plant Reported 37 Leaks in Four Years. Louisiana Fined It Once. — ProPublica</title>
<meta name="description" content="${ppDek}"><meta property="og:title" content="${ppTitle}"><meta property="og:site_name" content="ProPublica">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.propublica.org/article/louisiana-verrel-chemical-leaks-fines">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ppTitle}","datePublished":"2025-10-03T05:00:00-05:00",
"author":[{"@type":"Person","name":"Delphine Arceneaux"},{"@type":"Person","name":"Marcus Hale"}],"publisher":{"@type":"Organization","name":"ProPublica"},
"isAccessibleForFree":true}</script>
<script>window.ppData = {"storyId":"louisiana-verrel-chemical-leaks-fines","series":"poison-on-the-river","lrn":true};</script>
<link rel="stylesheet" href="https://assets.propublica.org/prod/v3/css/main.min.css"></head>
<body class="article article-type-default"><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="https://www.propublica.org/"><span class="visually-hidden">ProPublica</span><svg></svg></a>
<nav class="site-nav" aria-label="Site"><ul>${links(ppNav, 'site-nav__item')}</ul></nav>
<a class="site-header__donate btn" href="https://donate.propublica.org/">Donate</a><button class="site-header__search">Search</button></header>
<main id="main"><article class="story">
<header class="article-header"><p class="hed-kicker"><a href="https://www.propublica.org/series/poison-on-the-river">${ppSeries}</a></p>
<h1 class="hed">${ppTitle}</h1><p class="dek">${ppDek}</p>
<div class="byline-wrap"><p class="byline">by <a class="name" href="https://www.propublica.org/people/delphine-arceneaux">Delphine Arceneaux</a>, The Gulf
Ledger, and <a class="name" href="https://www.propublica.org/people/marcus-hale">Marcus Hale</a></p>
<p class="timestamp"><time datetime="2025-10-03T05:00:00-05:00">Oct. 3, 2025, 5 a.m. CDT</time></p></div>
<ul class="article-tools">${ppTools.map((t) => `<li><button class="article-tools__button">${t}</button></li>`).join('')}</ul></header>
<figure class="lead-art"><img alt="" src="https://img.assets-c3.propublica.org/images/articles/20251001-belle-rive-school_maxWidth_3000.jpg">
<figcaption class="lead-art__caption"><span class="caption">${ppCaption}</span> <span class="credit">${ppCredit}</span></figcaption></figure>
<div class="article-body">
${pb('copy', `<em>${ppNote.replace('Sign up for Dispatches', '<a href="https://www.propublica.org/newsletters/dispatches">Sign up for Dispatches</a>')}</em>`)}
${ppPs(ppP1)}
${pb('heading', ppH1, 'h2')}
${ppPs(ppP2)}
<aside class="bb-callout" data-pp-blocktype="related-stories"><h3 class="bb-callout__title">Read More</h3>
<a class="bb-callout__link" href="https://www.propublica.org/article/louisiana-deq-inspectors-staffing">${ppRead}</a></aside>
${pb('heading', ppH2, 'h2')}
${ppPs(ppP3)}
<aside class="bb-callout bb-callout--form" data-pp-blocktype="callout"><h3>${ppHelp[0]}</h3><p>${ppHelp[1]}</p>
<form action="https://www.propublica.org/getinvolved/forms/1"><label>${ppHelp[2]}<input type="text"></label><label>${ppHelp[3]}<input type="email"></label>
<label>${ppHelp[4]}<textarea></textarea></label><button type="submit">${ppHelp[5]}</button></form></aside>
${pb('heading', ppH3, 'h2')}
${ppPs(ppP4)}
</div>
<div class="article-footer"><section class="bios">${ppBios.map((b) => `<div class="bio"><p>${b}</p></div>`).join('\n')}</section>
<section class="series-box"><h2 class="series-box__title">More in this series</h2><ul><li><a
href="https://www.propublica.org/article/residents-not-warned">${ppSeriesMore}</a>
</li></ul></section></div></article>
<aside class="donate-ask"><h2>${ppDonate[0]}</h2><p>${ppDonate[1]}</p><a class="btn" href="https://donate.propublica.org/">${ppDonate[2]}</a></aside></main>
<footer class="site-footer"><ul>${links(ppFoot, 'site-footer__item')}</ul><p class="site-footer__copyright">© Copyright 2025 Pro Publica Inc.</p></footer>
<script src="https://assets.propublica.org/prod/v3/js/main.min.js" defer></script></body></html>`;
const propublicaStory: TestPage = {
  html: ppHtml,
  name: 'heldout135-propublica-news',
  kind: 'news',
  // the dek is body; the italic Local Reporting Network note opening the article body, the series kicker, the "Read More" and
  // "Help Us Report" callouts inside the body, the bios and the series box are furniture
  title: ppTitle,
  headings: [ppH1, ppH2, ppH3],
  body: [ppDek, ...texts([...ppP1, ...ppP2, ...ppP3, ...ppP4])],
  bylines: ['by Delphine Arceneaux, The Gulf Ledger, and Marcus Hale', 'Oct. 3, 2025, 5 a.m. CDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ppNav, 'Donate', 'Search', ppSeries, ...ppTools, ppCaption, ppCredit, ppNote, 'Read More', ppRead, ...ppHelp, ...ppBios,
    'More in this series', ppSeriesMore, ...ppDonate, ...ppFoot, '© Copyright 2025 Pro Publica Inc.',
  ],
};

export const HELDOUT135_E: readonly TestPage[] = [propublicaStory, cbcStory];

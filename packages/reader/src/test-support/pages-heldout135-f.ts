import { links, type TestPage, texts } from './page-kit.js';
import { toiStory } from './pages-heldout135-f2.js';

/**
 * Held-out batch 135, file f: an ABC News (US) story (the "prism" React page with hashed class names and data-testid
 * attributes: the header nav and "ABC News Live" button, the h1, the dek, the "By" byline run into the names and the date,
 * share buttons, the lead video with its "WATCH:" title, an inline photo whose caption starts with "PHOTO:" and its credit,
 * inline "MORE:" links and ad slots inside the body, the "contributed to this report" line, "Related Topics", the "Top
 * Stories" rail, the Taboola "Sponsored Content" block and the footer) and, from file f2, a Times of India city story.
 */
const abTitle = 'Freight train derailment forces evacuation of Kansas town, officials say';
const abDek = 'About 900 residents were told to leave their homes after tank cars left the tracks.';
const abP1 = [
  'Hundreds of residents of a small Kansas town were ordered to leave their homes early Friday after a freight train carrying ' +
    'hazardous materials derailed near the town center, officials said.',
  'Twenty-two cars of an eastbound Prairie Central Railway train left the tracks just after 3 a.m. local time in Corwin Falls, ' +
    'about 60 miles west of Wichita, according to the Reno Valley County Sheriff’s Office. Four of the derailed cars were tank ' +
    'cars carrying liquefied petroleum gas, the railroad said.',
  'No injuries were reported, and there was no fire, Sheriff Dale Amundsen told reporters at a briefing Friday morning.',
  '“Right now we have no indication that any of those tank cars are leaking, but we are not taking any chances,” Amundsen said. ' +
    '“Until the railroad and the hazmat teams tell us it is safe, we want people out of that half-mile zone.”',
];
const abMore1 = 'What to know about hazardous materials on the nation’s railways';
const abP2 = [
  'About 900 people live inside the evacuation zone, which covers most of the town’s residential area and its only grocery ' +
    'store. An emergency shelter opened at Corwin Falls High School, and the American Red Cross said about 150 people had ' +
    'checked in by mid-morning.',
  'Kayla Brandt, who lives two blocks from the tracks, said she woke to what sounded like “a building falling down.”',
  '“It just kept going, this grinding noise, for what felt like a full minute,” Brandt told ABC News. “Then the sirens ' +
    'started and a deputy was knocking on our door telling us to grab the kids and go.”',
];
const abCaption = 'PHOTO: Derailed rail cars lie along the tracks in Corwin Falls, Kan., on Oct. 3, 2025.';
const abCredit = 'Reno Valley County Sheriff’s Office';
const abP3 = [
  'Prairie Central said in a statement that crews were on the scene and that it was working with state and federal officials ' +
    'to safely remove the cars. The company said it did not yet know what caused the derailment.',
  'The National Transportation Safety Board said it was sending a team of investigators, who were expected to arrive Friday ' +
    'afternoon. The Federal Railroad Administration said it was also monitoring the situation.',
  'Kansas Gov. Leah Morrissey said state emergency management staff were helping local officials and that she had spoken with ' +
    'the railroad’s chief executive.',
  'Officials said it could take at least 24 hours to move the tank cars and reopen the area. Two state highways that cross the ' +
    'tracks in town were closed.',
];
const abMore2 = 'NTSB releases preliminary report on Ohio freight derailment';
const abContrib = 'ABC News’ Jenna Whitacre contributed to this report.';
const abNav = ['Video', 'Live', 'Shows', 'U.S.', 'Politics', 'International', 'Business', 'Health', 'Technology', 'Entertainment', 'Weather'];
const abWatch = 'WATCH: Train derailment forces evacuations in Kansas town';
const abTopics = ['Kansas', 'Train Derailment', 'NTSB'];
const abTop = [
  'Hurricane watch issued for parts of Florida’s Gulf Coast',
  'Supreme Court to hear case on state social media laws',
  'Stock futures rise ahead of jobs report',
  'Missing hiker found alive after 6 days in Utah canyon',
];
const abSponsored = ['Sponsored Content by Taboola', 'Seniors Are Switching to This New Phone Plan', 'Doctors Stunned by This Simple Morning Habit'];
const abFoot = [
  'About ABC News',
  'Contact Us',
  'Privacy Policy',
  'Your US State Privacy Rights',
  'Children’s Online Privacy Policy',
  'Interest-Based Ads',
  'About Nielsen Measurement',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const abShare = ['Share on Facebook', 'Share on X', 'Email', 'Copy link'];
const abP = 'EkqkG IGXmU nlgHS yuUao MvWXB TjIXL aGjvy ebVHC';
const abPs = (a: readonly string[]): string => a.map((p) => `<p class="${abP}">${p}</p>`).join('\n');
const abMore = (t: string): string => `<p class="${abP}"><strong>MORE: </strong><a class="zZygg UbGlr iFzkS qdXbA WCDhQ DbOXS tqUtK GpWVU iJYzE"
href="https://abcnews.go.com/US/${t.length}">${t}</a></p>`;
const abAd = (n: number): string => `<div class="GCxLX" data-testid="prism-ad-wrapper"><div data-box-type="fitt-adbox-inline${n}">
<div class="Ad ad-slot" data-slot-type="inline" data-slot-kvps="pos=inline${n}"></div></div></div>`;
const abHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Freight train derailment forces evacuation of Kansas town, officials say - ABC News</title>
<meta name="description" content="${abDek}"><meta property="og:title" content="${abTitle}"><meta property="og:site_name" content="ABC News">
<meta property="og:type" content="article"><link rel="canonical"
href="https://abcnews.go.com/US/freight-train-derailment-forces-evacuation-kansas-town/story?id=126114208">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${abTitle}","datePublished":"2025-10-03T11:42:00Z",
"dateModified":"2025-10-03T15:10:00Z","author":[{"@type":"Person","name":"Rafael Ortiz"},{"@type":"Person","name":"Kim Sato"}],
"publisher":{"@type":"Organization","name":"ABC News"}}</script>
<script>window['__abcnews__']={"page":{"type":"story","id":"126114208","section":"US"}};</script>
<link rel="stylesheet" href="https://assets-cdn.abcnews.com/abcnews/e8a2b4c31e2f-release-10-01-2025.4/client/abcnews/css/fusion-0f3d.css"></head>
<body><div id="abcnews"><a class="skip-link" href="#main">Skip to main content</a>
<header class="HLZzn" data-testid="prism-global-nav"><a class="fpGSO" href="https://abcnews.go.com/" aria-label="ABC News Home Page"><svg></svg></a>
<nav class="PjdEt" aria-label="Sections"><ul class="bGhvj">${links(abNav, 'oJnje')}</ul></nav>
<a class="mbIKr" href="https://abcnews.go.com/Live" data-testid="prism-live-button">ABC News Live</a><button class="rkrcC"
aria-label="Search">Search</button></header>
<main id="main" class="FITT_Article_main"><div class="lqtkC" data-testid="prism-article">
<div class="zTnjS" data-testid="prism-headline"><h1 class="vMjAx eeTZd tntuS eHrJ mTgUP">${abTitle}</h1></div>
<div class="xAPpq ZdbeE jTKbV" data-testid="prism-dek"><h2 class="jxTEW rMHaR">${abDek}</h2></div>
<div class="UkSH YEhL" data-testid="prism-byline"><div class="VZTD mLAS"><span class="TQPvQ">By</span><a class="zZygg UbGlr iFzkS"
href="https://abcnews.go.com/author/rafael_ortiz">Rafael Ortiz</a><span class="TQPvQ">and</span><a class="zZygg UbGlr iFzkS"
href="https://abcnews.go.com/author/kim_sato">Kim Sato</a></div><div class="jTKbV zIIsP ZdbeE xAPpq">October 3, 2025, 7:42 AM</div></div>
<div class="JQYD" data-testid="prism-share">${abShare
  .map(
    (t) => `<button class="Ptbq" aria-label="${t}"><span
class="sr-only">${t}</span></button>`,
  )
  .join('')}</div>
<div class="FdvM" data-testid="prism-lead-video"><div class="video-player" data-id="126114311"></div><div class="PPbE"><span class="dVoC">${abWatch}</span>
<span class="dVoC lSrR">01:48</span></div></div>
<div class="xvlfx ZRifP TKoO eaKKC bOdfO" data-testid="prism-article-body">
${abPs(abP1)}
${abMore(abMore1)}
${abAd(1)}
${abPs(abP2)}
<figure class="xQXa" data-testid="prism-inline-image"><img alt="" src="https://i.abcnewsfe.com/a/8f2e4b1c/derailment_hpMain_20251003-0931_16x9.jpg">
<figcaption class="YUOw"><div class="fDnu">${abCaption}</div><div class="wyBV">${abCredit}</div></figcaption></figure>
${abPs(abP3)}
${abMore(abMore2)}
${abAd(2)}
<p class="${abP}"><em>${abContrib}</em></p>
</div>
<div class="XxJw" data-testid="prism-tags"><h3 class="vPlO">Related Topics</h3><ul>${links(abTopics, 'TlXm')}</ul></div></div>
<aside class="RnmS" data-testid="prism-top-stories"><h2 class="MyUZ">Top Stories</h2><ul>${links(abTop, 'mBrS')}</ul></aside>
<section class="taboola" id="taboola-below-article-thumbnails"><span
class="trc_rbox_header">${abSponsored[0]}</span><ul>${links(abSponsored.slice(1), 'trc_item')}</ul>
</section></main>
<footer class="ugDc" data-testid="prism-footer"><ul>${links(abFoot, 'Kvrq')}</ul><p class="ECrh">ABC News Network</p>
<p class="ECrh">© 2025 ABC News Internet Ventures. All rights reserved.</p></footer></div>
<script src="https://assets-cdn.abcnews.com/abcnews/e8a2b4c31e2f-release-10-01-2025.4/client/abcnews/js/fusion-0f3d.js" defer></script></body></html>`;
const abcStory: TestPage = {
  html: abHtml,
  name: 'heldout135-abc-news-us-news',
  kind: 'news',
  // the dek (an h2 under the h1) is body; the lead video title, the "PHOTO:" caption and its credit, the "MORE:" link lines
  // inside the body, related topics, top stories and the Taboola block are furniture; the contributor line is a byline
  title: abTitle,
  headings: [],
  body: [abDek, ...texts([...abP1, ...abP2, ...abP3])],
  bylines: ['Rafael Ortiz', 'Kim Sato', 'October 3, 2025, 7:42 AM', abContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...abNav, 'ABC News Live', 'Search', ...abShare, abWatch, '01:48', `MORE: ${abMore1}`, `MORE: ${abMore2}`, abCaption,
    abCredit, 'Related Topics', ...abTopics, 'Top Stories', ...abTop, ...abSponsored, ...abFoot, 'ABC News Network',
    '© 2025 ABC News Internet Ventures. All rights reserved.',
  ],
};

export const HELDOUT135_F: readonly TestPage[] = [abcStory, toiStory];

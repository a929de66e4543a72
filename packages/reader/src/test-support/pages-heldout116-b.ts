import { links, type TestPage, texts } from './page-kit.js';
import { toiStory } from './pages-heldout116-b2.js';

/**
 * Held-out batch 116, file b: a USA TODAY story on the Gannett "gnt_" template (top nav with "Subscribe" and "Sign in", the
 * headline, the byline with the "USA TODAY" affiliation, the published/updated dateline, the share row, the "Key Points"
 * AI-assisted summary box, the lede image with caption and credit, "gnt_ar_b" paragraphs with an h2, a "More:" link line and
 * ad asides, the contributing line, the reporter's tag line, the "Recommended" rail and the footer) and, from file b2, a Times
 * of India city story.
 */
const utTitle = 'Nearly 900,000 space heaters recalled after reports of fires and burns';
const utKey = [
  'Brightwave is recalling about 880,000 ceramic space heaters sold since 2022.',
  'The company has received 214 reports of overheating, including 19 fires.',
  'Owners should stop using the heaters and contact Brightwave for a refund.',
];
const utKeyNote = 'This summary was generated with the help of AI and reviewed by a journalist.';
const utP1 = [
  'A popular line of ceramic space heaters is being recalled after the manufacturer received more than 200 reports of the ' +
    'units overheating, including 19 fires and six minor burn injuries.',
  'Brightwave Home Products is recalling about 880,000 of its ComfortCore heaters sold in the U.S. and another 41,000 in ' +
    'Canada, according to a notice posted Thursday by the U.S. Consumer Product Safety Commission.',
  'The agency said the heaters’ power cords can overheat where they enter the housing, posing fire and burn hazards. Most of ' +
    'the fires were contained to the heater itself, but two caused damage to carpets and furniture, the notice said.',
];
const utMore = 'More: How to check whether your car, crib or phone charger has been recalled';
const utH1 = 'Which heaters are affected?';
const utP2 = ['The recall covers three ComfortCore models made between August 2022 and November 2024:'];
const utList = [
  'ComfortCore 1500, a black tower heater about 23 inches tall',
  'ComfortCore Mini, a white cube-shaped heater with a carry handle',
  'ComfortCore Duo, a gray heater with a built-in fan and remote control',
];
const utP3 = [
  'The model number and date code are printed on a label on the bottom of each heater. Units with date codes from 2208 to ' +
    '2411 are included in the recall.',
  'The heaters were sold at hardware and department stores nationwide and online for between $39 and $89.',
];
const utH2 = 'What should owners do?';
const utP4 = [
  'Consumers should immediately stop using the recalled heaters, unplug them and contact Brightwave for a full refund, the ' +
    'safety commission said. The company is asking owners to cut the power cord and send a photo of the cut cord and the ' +
    'label, rather than returning the heater.',
  'Brightwave said in a statement that it was “deeply sorry for the concern this has caused” and that it had changed the ' +
    'cord design on heaters made since December.',
  '“Space heaters are among the leading causes of home fires in the winter months, so this is one recall people should not ' +
    'put off,” said Tanya Brooks, a spokesperson for the National Home Safety Council, a nonprofit group.',
  'The council recommends keeping heaters at least three feet from anything that can burn, plugging them directly into a ' +
    'wall outlet rather than an extension cord and turning them off when leaving a room.',
];
const utContrib = 'Contributing: Alan Pritchard, USA TODAY';
const utTag = 'Natalie Ruiz is a consumer reporter for USA TODAY. Reach her at nruiz@usatoday.com and follow her on X @natruiz.';
const utNav = ['U.S.', 'Politics', 'Sports', 'Entertainment', 'Life', 'Money', 'Travel', 'Opinion', 'Crossword', 'Investigations', 'Elections'];
const utCaption = 'The ComfortCore 1500 is one of three Brightwave heater models included in the recall.';
const utCredit = 'Consumer Product Safety Commission';
const utRec = [
  'These are the cars most likely to be stolen in 2025',
  'Is your bank closing branches? See the full list',
  'Egg prices: Why they are still so high and when they could fall',
  'Daylight saving time 2025: When do the clocks spring forward?',
];
const utFoot = [
  'About Us',
  'Newsroom Staff',
  'Ethical Principles',
  'Corrections & Clarifications',
  'Accessibility',
  'Careers',
  'Cookie Policy',
  'Your Privacy Choices',
  'Privacy Policy',
  'Terms of Service',
  'Site Map',
  'Help Center',
  'Contact Us',
  'Advertise',
];
const utCopy = '© 2025 USA TODAY, a division of Gannett Satellite Information Network, LLC.';
const utP = (a: readonly string[]): string => a.map((p) => `<p class="gnt_ar_b_p">${p}</p>`).join('\n');
const utAd = (n: number): string => `<aside class="gnt_em gnt_em__fp gnt_em__el" aria-label="advertisement" data-g-r="in${n}">
<div class="gnt_em_ad_lbl">Advertisement</div><div id="gnt_ad_in${n}" class="gnt_x gnt_x__ad"></div></aside>`;
const utHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>Space heater recall: Nearly 900,000 Brightwave heaters pulled</title>
<meta name="description" content="Brightwave is recalling about 880,000 ComfortCore space heaters after reports of fires and burns.">
<meta property="og:title" content="Nearly 900,000 space heaters recalled after reports of fires and burns"><meta property="og:site_name" content="USA TODAY">
<meta name="parsely-author" content="Natalie Ruiz"><meta property="article:published_time" content="2025-03-03T10:02:11Z">
<link rel="canonical" href="https://www.usatoday.com/story/money/2025/03/03/space-heater-recall-brightwave/80391127007/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${utTitle}",
"author":[{"@type":"Person","name":"Natalie Ruiz","url":"https://www.usatoday.com/staff/3310557001/natalie-ruiz/"}],
"datePublished":"2025-03-03T10:02:11Z","dateModified":"2025-03-03T14:18:40Z","publisher":{"@type":"Organization","name":"USA TODAY"}}</script>
<script>window.gnt_ar_data={"ssts":"money/consumer","assetId":"80391127007","contentType":"text"};</script>
<link rel="stylesheet" href="/gcdn/dcc/v1/css/gnt-ar.0f31d8.css"><script src="/gcdn/dcc/v1/js/gnt-ar.b42c1e.js" defer></script></head>
<body class="gnt_pr"><a class="gnt_n_sk" href="#mainContentSection">Skip to main content</a>
<header class="gnt_n" aria-label="Global Navigation"><div class="gnt_n_lg"><a href="/" aria-label="USA TODAY"><svg class="gnt_n_lg_svg"></svg></a></div>
<nav class="gnt_n_mn" aria-label="Sections"><ul class="gnt_n_mn_ul">${links(utNav, 'gnt_n_mn_li')}</ul></nav>
<div class="gnt_n_us"><a class="gnt_n_us_s" href="/subscribe/">Subscribe</a><a class="gnt_n_us_a" href="/signin/">Sign in</a></div></header>
<main id="mainContentSection" class="gnt_cw"><article class="gnt_pr" data-asset-id="80391127007">
<div class="gnt_ar_lbl"><a class="gnt_ar_lbl_a" href="/money/consumer/">CONSUMER</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${utTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/3310557001/natalie-ruiz/">Natalie Ruiz</a>
<div class="gnt_ar_by_t">USA TODAY</div></div>
<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. ET March 3, 2025 Updated: 9:18 a.m. ET March 3, 2025">Published 5:02 a.m. ET March 3, 2025
<br>Updated 9:18 a.m. ET March 3, 2025</div>
<div class="gnt_ss"><button class="gnt_ss_btn" aria-label="Share on Facebook"><span class="gnt_ss_lbl">Facebook</span></button>
<button class="gnt_ss_btn" aria-label="Share by Email"><span class="gnt_ss_lbl">Email</span></button>
<button class="gnt_ss_btn" aria-label="Share on X"><span class="gnt_ss_lbl">X</span></button><button class="gnt_ss_btn gnt_ss_mr">Share</button></div>
<section class="gnt_ar_ks" aria-label="Key Points"><h2 class="gnt_ar_ks_h">Key Points</h2><span class="gnt_ar_ks_lbl">AI-assisted summary</span>
<ul class="gnt_ar_ks_ul">${utKey.map((t) => `<li class="gnt_ar_ks_li">${t}</li>`).join('')}</ul><p class="gnt_ar_ks_n">${utKeyNote}</p></section>
<figure class="gnt_em gnt_em_img"><div class="gnt_em_img_w"><img class="gnt_em_img_i" src="/gcdn/authoring/images/2025/03/03/comfortcore.jpg?width=660"
alt="A black tower space heater" width="660" height="440" loading="eager"></div>
<figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cp">${utCaption}</span> <span class="gnt_em_img_cr">${utCredit}</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article content">
${utP(utP1)}
${utAd(1)}
<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">More:</strong> <a class="gnt_ar_b_a" href="/story/money/2025/02/14/check-recalls/">How to check
whether your car, crib or phone charger has been recalled</a></p>
<h2 class="gnt_ar_b_h2">${utH1}</h2>
${utP(utP2)}
<ul class="gnt_ar_b_ul">${utList.map((t) => `<li class="gnt_ar_b_li">${t}</li>`).join('\n')}</ul>
${utP(utP3)}
${utAd(2)}
<h2 class="gnt_ar_b_h2">${utH2}</h2>
${utP(utP4)}
<p class="gnt_ar_b_p"><em>${utContrib}</em></p>
<p class="gnt_ar_b_p"><em>${utTag}</em></p></div>
<div class="gnt_ar_fb"><span class="gnt_ar_fb_q">Was this article helpful?</span><button>Yes</button><button>No</button></div></article>
<aside class="gnt_rr" aria-label="Recommended"><h2 class="gnt_rr_h">Recommended</h2><ul>
${utRec.map((t, i) => `<li class="gnt_rr_li"><a class="gnt_rr_a" href="/story/rec${i}/"><span class="gnt_rr_t">${t}</span></a></li>`).join('\n')}
</ul>${utAd(3)}</aside></main>
<footer class="gnt_f"><div class="gnt_f_lg">USA TODAY</div><ul class="gnt_f_ul">${links(utFoot, 'gnt_f_li')}</ul><p class="gnt_f_cp">${utCopy}</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" style="display:none"><p id="onetrust-policy-text">We and our
partners use cookies and similar technologies to personalize content and ads and to analyze our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</body></html>`;
const usaToday: TestPage = {
  html: utHtml,
  name: 'heldout116-usatoday-news',
  kind: 'news',
  // the "Key Points" AI-assisted summary box is furniture (a generated summary, not the story); the contributing line is a
  // byline and the reporter's tag line furniture; the "More:" line is furniture
  title: utTitle,
  headings: [utH1, utH2],
  body: [...utP1, ...utP2, ...utList, ...utP3, ...texts(utP4)],
  bylines: ['Natalie Ruiz', 'Published 5:02 a.m. ET March 3, 2025', 'Updated 9:18 a.m. ET March 3, 2025', utContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...utNav, 'Subscribe', 'Sign in', 'CONSUMER', 'USA TODAY', 'Facebook', 'Email', 'X', 'Share', 'Key Points',
    'AI-assisted summary', ...utKey, utKeyNote, utCaption, utCredit, 'Advertisement', utMore, utTag, 'Was this article helpful?', 'Yes', 'No',
    'Recommended', ...utRec, ...utFoot, utCopy,
    'We and our partners use cookies and similar technologies to personalize content and ads and to analyze our traffic.', 'Accept All',
    'Cookie Settings',
  ],
};

export const HELDOUT116_B: readonly TestPage[] = [usaToday, toiStory];

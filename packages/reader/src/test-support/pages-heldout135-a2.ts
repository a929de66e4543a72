import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 135, file a2: a Gannett local newspaper story (USA TODAY Network "gnt_" template: the utility nav with
 * "Subscribe" and "Sign In", the main nav, the AI-assisted "Key Points" box above the text, the gnt_ar_by byline with the
 * paper's name, the Published / Updated line, the share buttons, the lead image with caption and credit, "More:" link lines
 * and ad asides inside the article text, the italic reporter contact line at the end, the hidden metering overlay, the
 * "Most Popular" rail and the network footer).
 */
const gnTitle = 'Bellhaven school board puts $68 million referendum for new middle school on April ballot';
const gnKey = [
  'The Bellhaven school board voted 6-1 to place a $68 million referendum on the April ballot.',
  'The money would pay for a new middle school to replace the 1961 Franklin Middle School building.',
  'The district estimates the tax increase at about $112 a year for a $250,000 home.',
];
const gnP1 = [
  'BELLHAVEN – Voters will decide in April whether to borrow $68 million to replace Franklin Middle School, the district’s oldest ' +
    'building and, according to a consultant’s report last spring, the one in the worst shape.',
  'The Bellhaven Area School Board voted 6-1 Monday night to put the question on the April 7 ballot after more than a year of ' +
    'community surveys, building tours and three public listening sessions that drew a combined 400 people.',
  '“We have patched this building for as long as we responsibly can,” board president Alicia Fenner said before the vote. “At some ' +
    'point you are spending good money on a building that is never going to meet the needs of our kids.”',
];
const gnH1 = 'What would the referendum pay for?';
const gnP2 = [
  'The plan calls for a two-story school for about 850 students on district-owned land next to Bellhaven North High School on ' +
    'County Road JJ. Putting the two schools side by side would let them share a kitchen, athletic fields and a bus loop, which ' +
    'district business manager Paul Weingart said would save about $180,000 a year in operating costs.',
  'The current Franklin building on Elm Street opened in 1961 and has had three additions since. The consultant’s report, prepared ' +
    'by Kessler-based Corliss Architects, found the building needs about $31 million in repairs over the next decade, including a ' +
    'new roof, a new heating system and work to make the upper floor fully accessible.',
  'Under the plan, the Franklin site would be sold once the new school opens, which the district hopes would happen in fall 2028.',
];
const gnMore1 = 'Bellhaven enrollment dips for third straight year as kindergarten classes shrink';
const gnH2 = 'How much would it cost taxpayers?';
const gnP3 = [
  'If voters approve the referendum, the district estimates the owner of a $250,000 home would pay about $112 more a year in ' +
    'school property taxes for 20 years. That estimate assumes interest rates stay close to where they are now, Weingart said.',
  'Board member Kevin Tollefson cast the only vote against the plan. He said he supports replacing Franklin but thinks the district ' +
    'should have asked for a smaller project.',
  '“People in this community are already stretched,” Tollefson said. “I would rather go to them with a number I know they can say ' + 'yes to.”',
  'The board considered a $54 million option earlier this year that would have renovated part of the Franklin building and built ' +
    'a new wing, but dropped it after the consultant found it would cost nearly as much over 30 years as a new school.',
];
const gnH3 = 'What happens next?';
const gnP4 = [
  'The district plans to hold four informational meetings before the vote, starting Nov. 12 at Bellhaven North High School. A ' +
    'schedule and a tax calculator will be posted on the district website, Superintendent Marisol Ortega said.',
  'By state law, district staff can share facts about the referendum but cannot campaign for it. A group of parents has formed a ' +
    'committee, Yes for Franklin Kids, to campaign in support.',
];
const gnMore2 = 'Former Bellhaven paper mill site could become 300 apartments';
const gnTag =
  'Megan Ostrowski covers education for the Bellhaven Sentinel. Reach her at mostrowski@bellhavensentinel.com or follow her on X ' + 'at @MeganOstrowski.';
const gnMail = 'mostrowski@bellhavensentinel.com';
const gnUtil = ['Subscribe', 'Sign In'];
const gnNav = ['News', 'Sports', 'High School Sports', 'Things To Do', 'Opinion', 'Obituaries', 'E-Edition', 'Legals'];
const gnCaption = 'Franklin Middle School in Bellhaven opened in 1961 and has had three additions since.';
const gnCredit = 'Tom Ruehl/Bellhaven Sentinel';
const gnMeter = ['Thanks for reading the Bellhaven Sentinel', 'You have reached your limit of free articles this month.', 'Subscribe now for just $1'];
const gnPopular = [
  'Bellhaven North rolls past Kessler in conference opener',
  'Longtime Bellhaven diner closing after 47 years',
  'Police: Two hurt in crash on Highway 26 near Nordhaven',
  'What is open and closed on Columbus Day in Bellhaven',
];
const gnFoot = [
  'About Us',
  'Newsroom Staff',
  'Contact the Newsroom',
  'Ethical Principles',
  'Corrections',
  'Help Center',
  'Manage Account',
  'Reprints & Permissions',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
  'Accessibility',
  'Site Map',
];
const gnPs = (a: readonly string[]): string => a.map((p) => `<p class="gnt_ar_b_p">${p}</p>`).join('\n');
const gnH = (t: string): string => `<h2 class="gnt_ar_b_h2">${t}</h2>`;
const gnMore = (t: string): string =>
  `<p class="gnt_ar_b_p"><strong>More:</strong> <a class="gnt_ar_b_a" href="https://www.bellhavensentinel.com/story/news/${t.length}/"
data-t-l="|inline|intext|n/a">${t}</a></p>`;
const gnAd = (n: number): string =>
  `<aside class="gnt_em gnt_em__fp gnt_em__el" aria-label="advertisement"><div class="gnt_x gnt_x__lbl gnt_xmst" id="gpt-ad-${n}"></div></aside>`;
const gnHtml = `<!DOCTYPE html>
<html lang="en" data-ss-t="article"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Bellhaven school board puts $68 million middle school referendum on April ballot</title>
<meta name="description" content="Voters will decide in April whether to borrow $68 million to replace Franklin Middle School.">
<meta property="og:title" content="${gnTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Bellhaven Sentinel">
<meta name="twitter:site" content="@BellhavenSent">
<link rel="canonical" href="https://www.bellhavensentinel.com/story/news/education/2025/10/03/bellhaven-school-referendum/86487120007/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gnTitle}","dateModified":"2025-10-03T14:14:02Z",
"datePublished":"2025-10-03T10:02:11Z","author":[{"@type":"Person","name":"Megan Ostrowski","jobTitle":"Education reporter"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Bellhaven Sentinel"},"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".gnt_paywall"}}</script>
<script>window.gnt_pageData={"ssts":"news/education","contentId":"86487120007","pageType":"story","premium":true,"site":"PBHS"};</script>
<link rel="stylesheet" href="/gcdn/dcc/9f5c2a4c9cc1b2c9e9/story.css"></head>
<body class="gnt_pr" data-gl-method="loadSt">
<a class="gnt_skip" href="#mainContentSection">Skip to main content</a>
<div class="gnt_n gnt_n__bgnd"><nav class="gnt_n_mn" aria-label="Top Navigation"><a class="gnt_n_logo" href="/" aria-label="Bellhaven Sentinel logo">
<svg role="img" aria-hidden="true"></svg></a>${gnNav
  .map((t) => `<a class="gnt_n_mn_l" href="/${t.toLowerCase().replace(/ /g, '-')}/" data-t-l="|nav|${t}">${t}</a>`)
  .join('')}</nav><div class="gnt_n_us"><a class="gnt_n_us_a gnt_n_us_a__sub" href="https://subscribe.bellhavensentinel.com/">${gnUtil[0]}</a>
<a class="gnt_n_us_a" href="https://login.bellhavensentinel.com/">${gnUtil[1]}</a></div></div>
<main class="gnt_cw" id="mainContentSection"><article class="gnt_pr gnt_paywall" aria-labelledby="article-headline">
<h1 class="gnt_ar_hl" elementtiming="ar-headline" id="article-headline">${gnTitle}</h1>
<div class="gnt_ar_kp" data-c-kp="ai">
<div class="gnt_ar_kp_hd"><span class="gnt_ar_kp_t">Key Points</span>
<span class="gnt_ar_kp_ai">AI-assisted summary</span></div>
<ul class="gnt_ar_kp_ul">${gnKey.map((t) => `<li class="gnt_ar_kp_li">${t}</li>`).join('')}</ul></div>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__si" href="https://www.bellhavensentinel.com/staff/2647/megan-ostrowski/"
data-c-by="Megan Ostrowski">Megan Ostrowski</a><div class="gnt_ar_by_j">Bellhaven Sentinel</div></div>
<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. CT Oct. 3, 2025 Updated: 9:14 a.m. CT Oct. 3, 2025">Published 5:02 a.m. CT Oct. 3, 2025<br>Updated
9:14 a.m. CT Oct. 3, 2025</div>
<div class="gnt_ss gnt_ss__ar"><button class="gnt_ss_b gnt_ss_fb" aria-label="Share on Facebook"></button><button class="gnt_ss_b gnt_ss_tw"
aria-label="Share on X"></button><button class="gnt_ss_b gnt_ss_em" aria-label="Email this article"></button>
<button class="gnt_ss_b gnt_ss_sm"><span class="gnt_ss_sm_t">Share</span></button></div>
<figure class="gnt_em gnt_em_img gnt_em_img__lead"><img class="gnt_em_img_i" alt="Franklin Middle School" loading="eager"
src="https://www.bellhavensentinel.com/gcdn/authoring/2025/10/02/PBHS/86487141007-franklin.jpg?width=660&amp;height=440&amp;fit=crop">
<figcaption class="gnt_em_img_ccw" data-c-caption="${gnCaption}" data-c-credit="${gnCredit}"><span class="gnt_em_img_cc">${gnCaption}</span>
<span class="gnt_em_img_cr">${gnCredit}</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article Body">
${gnPs(gnP1)}
${gnAd(1)}
${gnH(gnH1)}
${gnPs(gnP2)}
${gnMore(gnMore1)}
${gnH(gnH2)}
${gnPs(gnP3)}
${gnAd(2)}
${gnH(gnH3)}
${gnPs(gnP4)}
${gnMore(gnMore2)}
<p class="gnt_ar_b_p"><em>${gnTag.replace(gnMail, `<a href="mailto:${gnMail}">${gnMail}</a>`)}</em></p>
</div></article>
<aside class="gnt_rr" aria-label="Most Popular"><div class="gnt_x gnt_x__lbl gnt_xmst" id="gpt-rail-1"></div>
<h2 class="gnt_rr_t">Most Popular</h2><ol class="gnt_rr_ol">${links(gnPopular, 'gnt_rr_li')}</ol></aside></main>
<div class="gnt_mol" hidden aria-hidden="true"><div class="gnt_mol_c"><h2 class="gnt_mol_hl">${gnMeter[0]}</h2><p class="gnt_mol_p">${gnMeter[1]}</p>
<a class="gnt_mol_btn" href="https://subscribe.bellhavensentinel.com/offer">${gnMeter[2]}</a></div></div>
<footer class="gnt_f"><nav class="gnt_f_nav" aria-label="Footer"><ul class="gnt_f_ul">${links(gnFoot, 'gnt_f_li')}</ul></nav>
<p class="gnt_f_cp">© 2025 www.bellhavensentinel.com. All rights reserved.</p></footer>
<script src="/gcdn/dcc/9f5c2a4c9cc1b2c9e9/story.js" defer></script></body></html>`;
export const gannettStory: TestPage = {
  html: gnHtml,
  name: 'heldout135-gannett-local-paper-news',
  kind: 'news',
  // the AI-assisted "Key Points" box is furniture (a generated summary, not the reporter's text); the "BELLHAVEN –" dateline
  // opens the first paragraph (body); the "More:" link lines and the italic reporter contact line are furniture; the paper's name
  // under the author is furniture
  title: gnTitle,
  headings: [gnH1, gnH2, gnH3],
  body: texts([...gnP1, ...gnP2, ...gnP3, ...gnP4]),
  bylines: ['Megan Ostrowski', 'Published 5:02 a.m. CT Oct. 3, 2025', 'Updated 9:14 a.m. CT Oct. 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...gnNav, ...gnUtil, 'Key Points', 'AI-assisted summary', ...gnKey, 'Bellhaven Sentinel', 'Share', gnCaption, gnCredit,
    `More: ${gnMore1}`, `More: ${gnMore2}`, gnTag, 'Most Popular', ...gnPopular, ...gnMeter, ...gnFoot,
    '© 2025 www.bellhavensentinel.com. All rights reserved.',
  ],
};

import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 129, file a2: a USA TODAY consumer news story on the Gannett "gnt" template (the masthead with the section
 * nav, "Subscribe" and "Sign In", the headline, author with the "USA TODAY" tag, the published and updated stamps, the icon
 * share bar, the article body with h2 subheads, a bullet list, an image embed with caption and credit, an ad aside and a
 * video embed inside the body, the "Contributing:" line, the more-stories module, the subscription bar and the footer).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const uTitle = 'Cozyline recalls 1.2 million space heaters after reports of fires, burns';
const uP1 = paras(`
More than 1.2 million portable space heaters sold at major retailers over the past three years are being recalled because they can
overheat and catch fire, the maker said Tuesday.

Cozyline Home Products said it has received 214 reports of the heaters overheating, including 38 fires and 11 reports of minor burns.
No deaths have been reported.

The recall covers the company’s CZ-1500 and CZ-1500T ceramic tower heaters, sold in black and white between September 2022 and October
2025 for about $50 to $80.

“We are asking everyone who owns one of these heaters to stop using it right away and unplug it,” company spokesperson Renée Holloway
said in a statement. “Your safety matters more than anything else.”`);
const uH1 = 'Which heaters are being recalled?';
const uP2 = ['The model number is printed on a label on the bottom of the heater. The recall includes:'];
const uList = [
  'Cozyline CZ-1500 ceramic tower heaters with date codes 2209 through 2510.',
  'Cozyline CZ-1500T heaters with a remote control, date codes 2211 through 2510.',
  'Heaters sold under the HearthMate brand with model number HM-15C.',
];
const uP3 = ['The heaters were sold at home improvement and discount stores nationwide and online.'];
const uH2 = 'What went wrong?';
const uP4 = paras(`
According to a notice filed with federal safety regulators, a wire connection inside the heater’s control board can loosen over time.
When that happens, the connection can heat up enough to melt the plastic housing.

Several of the reports described smoke coming from the base of the heater after it had been running for several hours. In one case, a
family in Danforth Heights said a heater set fire to a bedroom curtain while their children were asleep down the hall.

“We smelled it before we saw it,” said Aaron Pruitt, whose smoke alarm went off shortly after 2 a.m. last January. “By the time I got in
there the curtain was on fire.” Pruitt said he put the fire out with an extinguisher he kept in the kitchen.`);
const uH3 = 'How do I get a refund?';
const uP5 = paras(`
Owners can get a full refund whether or not they have a receipt. To claim it, Cozyline says customers should cut the power cord, take a
photo of the cut cord next to the model label and upload it on the company’s <a href="https://www.cozyline.example/recall">recall
website</a>. The heater can then be thrown away.

Customers can also call the company’s recall line, which is open seven days a week from 8 a.m. to 8 p.m. ET.

Safety experts say the recall is a reminder to keep any space heater at least 3 feet from curtains, bedding and furniture, and never to
leave one running while you sleep.

“Space heaters are one of the leading causes of home fires in the winter,” said Gloria Nwosu, a fire safety educator with the
Tri-County Fire Authority. “A heater that’s working perfectly can still start a fire if it’s too close to something that burns.”`);
const uNav = ['U.S.', 'Politics', 'Sports', 'Entertainment', 'Life', 'Money', 'Travel', 'Opinion', 'Crossword', 'Investigations', 'Shopping'];
const uCaption = 'A Cozyline CZ-1500 ceramic tower heater, one of the models included in the recall.';
const uCredit = 'Cozyline Home Products';
const uVideo = 'How to use a space heater safely this winter';
const uMore = [
  'Toy maker pulls 400,000 stacking sets over choking risk',
  'Is your car on the list? Check this week’s vehicle recalls',
  'Gas prices fall for a fifth straight week ahead of Thanksgiving travel',
  'Winter storm to bring heavy snow to the Plains this weekend',
];
const uFoot = [
  'About Us',
  'Newsroom Staff',
  'Ethical Principles',
  'Corrections & Clarifications',
  'Accessibility',
  'Careers',
  'Manage Account',
  'Support',
  'Contact Us',
  'Your Privacy Choices',
  'Privacy Policy',
  'Terms of Service',
  'Site Map',
  'Cookie Policy',
  'e-Edition',
  'Archives',
];
const uPs = (a: readonly string[]): string => a.map((p) => `<p class="gnt_ar_b_p">${p}</p>`).join('\n');
const uHtml = `<!DOCTYPE html>
<html lang="en-US" class="gnt_mobilefirst"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cozyline space heater recall: 1.2 million heaters pulled after fires</title>
<meta name="description" content="Cozyline Home Products is recalling more than 1.2 million CZ-1500 tower heaters that can overheat and catch fire.">
<meta property="og:title" content="${uTitle}"><meta property="og:site_name" content="USA TODAY"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-04T10:02:00Z"><meta name="parsely-section" content="money">
<link rel="canonical" href="https://www.usatoday.example/story/money/2025/11/04/cozyline-space-heater-recall/87123456007/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${uTitle}","datePublished":"2025-11-04T10:02:00Z",
"dateModified":"2025-11-04T16:41:00Z","author":[{"@type":"Person","name":"Mia Castellano"}],"publisher":{"@type":"Organization","name":"USA TODAY"},
"isAccessibleForFree":true,"articleSection":"money"}</script>
<script>window.gnt_an={"ssts":"money/consumer-recalls","topic":"recalls","contentType":"story","pageId":"87123456007"};</script>
<link rel="stylesheet" href="https://www.gannett-cdn.example/gnt/css/article.4c9f21.css"></head>
<body class="gnt_pr_b"><a class="gnt_skip" href="#mainContentSection">Skip to main content</a>
<header class="gnt_n"><nav class="gnt_n_mn" aria-label="Main Navigation"><a class="gnt_n_logo" href="/" aria-label="USA TODAY"
data-t-l="|logo"></a><div class="gnt_n_mn_w">
${uNav.map((t) => `<a class="gnt_n_mn_l" href="/${t.toLowerCase().replace('.', '')}/" data-t-l="|nav|${t}">${t}</a>`).join('\n')}
<button class="gnt_n_mn_l gnt_n_mn_l__mo" aria-haspopup="true" aria-expanded="false">More</button></div>
<div class="gnt_n_us"><a class="gnt_n_us_a gnt_n_us_a__sub" href="/subscribe/" data-t-l="|nav|subscribe">Subscribe</a>
<a class="gnt_n_us_a gnt_n_us_a__si" href="/signin/" data-t-l="|nav|sign in">Sign In</a></div></nav></header>
<main class="gnt_cw" id="mainContentSection"><article class="gnt_pr" data-ss-t="story" data-ss-n="87123456007">
<div class="gnt_xmst"><a class="gnt_xmst_sp" href="/money/">Money</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${uTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/2648001/mia-castellano/" data-t-l="|byline">Mia Castellano</a>
<div class="gnt_ar_by_jt">USA TODAY</div></div>
<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. ET Nov. 4, 2025 Updated: 11:41 a.m. ET Nov. 4, 2025">Published 5:02 a.m. ET Nov. 4, 2025
<span class="gnt_ar_dt_un">Updated 11:41 a.m. ET Nov. 4, 2025</span></div>
<div class="gnt_ss" role="group" aria-label="Share"><button class="gnt_ss_fb" aria-label="Share on Facebook"></button>
<button class="gnt_ss_x" aria-label="Share on X"></button><button class="gnt_ss_em" aria-label="Share via email"></button>
<button class="gnt_ss_cp" aria-label="Copy link"></button></div>
<div class="gnt_ar_b" aria-label="Article Body">
${uPs(uP1.slice(0, 2))}
<figure class="gnt_em gnt_em_img" aria-label="Image"><img class="gnt_em_img_i" alt="${uCaption}" src="https://www.usatoday.example/gcdn/cz1500.jpg"
width="660" height="440" loading="lazy"><figcaption class="gnt_em_img_ccw" data-c-caption="${uCaption}" data-c-credit="${uCredit}">
<span class="gnt_em_img_ccw_c">${uCaption}</span><span class="gnt_em_img_ccw_cr">${uCredit}</span></figcaption></figure>
${uPs(uP1.slice(2))}
<aside class="gnt_em gnt_em__fp gnt_em__el" aria-label="advertisement"><div class="gnt_em__fp_a" id="pa_poster_inline"></div></aside>
<h2 class="gnt_ar_b_h2">${uH1}</h2>
${uPs(uP2)}
<ul class="gnt_ar_b_ul">${uList.map((t) => `<li class="gnt_ar_b_li">${t}</li>`).join('\n')}</ul>
${uPs(uP3)}
<h2 class="gnt_ar_b_h2">${uH2}</h2>
${uPs(uP4.slice(0, 2))}
<div class="gnt_em gnt_em_vp" aria-label="Video"><div class="gnt_em_vp__tp"><div class="gnt_em_vp__pl" data-c-vpattrs="{}"></div>
<div class="gnt_em_vp_ti">${uVideo}</div></div></div>
${uPs(uP4.slice(2))}
<h2 class="gnt_ar_b_h2">${uH3}</h2>
${uPs(uP5.slice(0, 2))}
<aside class="gnt_em gnt_em__fp gnt_em__el" aria-label="advertisement"><div class="gnt_em__fp_a" id="pa_poster_inline_2"></div></aside>
${uPs(uP5.slice(2))}
<p class="gnt_ar_b_p"><em>Contributing: Jordan Blake, USA TODAY</em></p>
</div></article>
<section class="gnt_m gnt_m_th" aria-label="More Stories"><h2 class="gnt_m_h">More Stories</h2>
${uMore.map((t, i) => `<a class="gnt_m_th_a" href="/story/money/2025/11/0${i}/"><div class="gnt_m_th_a_t">${t}</div></a>`).join('\n')}</section></main>
<div class="gnt_sb" role="complementary"><span class="gnt_sb_t">Unlimited access. Just $1 for 6 months.</span>
<a class="gnt_sb_b" href="/subscribe/offer/">Subscribe Now</a></div>
<footer class="gnt_f"><div class="gnt_f_lg" aria-label="USA TODAY"></div><ul class="gnt_f_ls">${links(uFoot, 'gnt_f_l')}</ul>
<p class="gnt_f_cr">© 2025 USA TODAY, a division of Gannett Satellite Information Network, LLC.</p></footer>
<script src="https://www.gannett-cdn.example/gnt/js/article.2b71e3.js" async></script></body></html>`;
export const usaToday: TestPage = {
  html: uHtml,
  name: 'heldout129-usatoday-news-story',
  kind: 'news',
  // the author, the "USA TODAY" tag under it, the published and updated stamps and the "Contributing:" line are bylines;
  // the section label, caption and credit, the video title, the more-stories module, subscription bar, nav and footer are furniture
  title: uTitle,
  headings: [uH1, uH2, uH3],
  body: texts([...uP1, ...uP2, ...uList, ...uP3, ...uP4, ...uP5]),
  bylines: [
    'Mia Castellano',
    'USA TODAY',
    'Published 5:02 a.m. ET Nov. 4, 2025',
    'Updated 11:41 a.m. ET Nov. 4, 2025',
    'Contributing: Jordan Blake, USA TODAY',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uNav, 'More', 'Subscribe', 'Sign In', uCaption, uCredit, uVideo, 'More Stories', ...uMore,
    'Unlimited access. Just $1 for 6 months.', 'Subscribe Now', ...uFoot, '© 2025 USA TODAY, a division of Gannett Satellite Information Network, LLC.',
  ],
};

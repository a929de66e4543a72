import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 78, file e2: a story on a USA TODAY Network local paper (Gannett's gnt_ template: the subscribe offer bar, the
 * header with "Subscribe" and "Sign In", the nav, headline, byline with the paper's name, the "Published/Updated" line, the
 * share buttons, a photo caption and credit, "More:" link paragraphs and ad slots inside the text, the inline subscription
 * prompt, "Contributing: ..." and the author's contact line at the end of the text, the "Most Popular" rail and the footer).
 */
const gnTitle = 'City council approves $4.2 million splash pad and park overhaul for Eastgate neighborhood';
const gn1 = [
  'Eastgate residents will get a splash pad, a new playground and lights on the basketball courts next summer after the Riverbend City ' +
    'Council approved a $4.2 million overhaul of Linwood Park on Monday night.',
  'The council voted 6-1 for the plan, which has been discussed since a neighborhood survey two years ago found that most families in ' +
    'Eastgate lived more than a mile from a park with working play equipment.',
  '“This has been a long time coming,” said council member Teresa Vaughn, who represents the ward. “Kids on the east side deserve the same ' +
    'things kids on the west side have had for 20 years.”',
];
const gnH1 = 'What’s in the plan';
const gn2 = ['The project, designed by a local landscape firm, includes:'];
const gnList = [
  'A 2,400-square-foot splash pad with ground sprays and a shaded seating area',
  'A playground for children ages 2 to 12, including equipment accessible to wheelchair users',
  'New LED lighting for the two basketball courts, which will stay open until 10 p.m.',
  'A half-mile walking loop with exercise stations and benches',
  'Restrooms that will be open year-round',
];
const gn3 = ['Construction is expected to start in March and finish by late July, weather permitting. The park will stay partly open during the work.'];
const gnMore = 'Riverbend parks board wants your ideas for the riverfront trail. Here’s how to weigh in.';
const gnH2 = 'How it will be paid for';
const gn4 = [
  'About $2.5 million will come from the city’s share of a county parks sales tax approved by voters in 2022. A state recreation grant ' +
    'will cover $1.1 million, and the rest will come from the city’s capital budget.',
  'Council member Greg Dolan, who cast the only vote against the plan, said he supported the park but worried about the cost of running ' +
    'the splash pad, which city staff estimated at $60,000 a year for water, chemicals and maintenance.',
  '“I want to see it built,” Dolan said. “I also want to know we aren’t going to be back here in three years talking about closing it ' +
    'because we can’t afford to run it.”',
  'Parks director Alicia Brandt said the splash pad would filter and recirculate its water, which she said would cut running costs by ' +
    'about half compared with older designs.',
];
const gnH3 = 'Neighbors react';
const gn5 = [
  'About 40 people attended Monday’s meeting, many wearing green T-shirts printed with “Linwood Needs Love,” the slogan of a group of ' +
    'parents who have pushed for the upgrade.',
  '“My kids have been asking me every summer when the water park is coming,” said Maria Delgado, who lives two blocks from the park. ' +
    '“Now I can finally give them an answer.”',
];
const gnContrib = 'Contributing: Sam Ortiz, Riverbend Gazette';
const gnBio = 'Jordan Ellis covers city government for the Riverbend Gazette. Reach Jordan at jellis@riverbendgazette.com or 555-0142.';
const gnNav = ['News', 'Sports', 'Entertainment', 'Life', 'Opinion', 'Obituaries', 'eNewspaper', 'Legals'];
const gnOffer = 'Limited-time offer: Get unlimited digital access for just $1 for 6 months.';
const gnCaption = 'Linwood Park’s playground equipment was removed in 2023 after it failed a safety inspection.';
const gnCredit = 'Jordan Ellis/Riverbend Gazette';
const gnSub = {
  title: 'Local news you can count on',
  text: 'Stories like this one are made possible by subscribers. Get unlimited access to the Riverbend Gazette and support local journalism.',
  cta: 'Subscribe now',
};
const gnPopular = [
  'New bakery opens downtown in former bank building',
  'Riverbend schools announce new start times for next fall',
  'Police: Two arrested after string of car break-ins in Westfield',
  'High school football playoff scores: Who advanced?',
];
const gnFoot = [
  'Staff Directory',
  'Careers',
  'Accessibility',
  'Our Ethical Principles',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
  'Site Map',
  'Help',
  'Subscription Offers',
  'Manage Account',
];
const gp = (a: readonly string[]): string => a.map((p) => `<p class="gnt_ar_b_p">${p}</p>`).join('\n');
const gnAd = (n: number): string => `<aside class="gnt_em gnt_em__ad" aria-label="advertisement" data-g-r="lazy"><div class="gnt_x__lbl">Advertisement</div>
<div id="poster_${n}" class="gnt_x"></div></aside>`;
const gnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gnTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The council voted 6-1 for a $4.2 million overhaul of Linwood Park in Eastgate."><meta property="og:site_name"
content="Riverbend Gazette"><meta property="og:type" content="article"><meta name="article:opinion" content="false">
<link rel="canonical" href="https://www.riverbendgazette.com/story/news/local/2025/11/03/linwood-park-splash-pad-approved/86011234007/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gnTitle}","datePublished":"2025-11-03T11:02:00Z",
"dateModified":"2025-11-03T14:15:00Z","author":[{"@type":"Person","name":"Jordan Ellis"}],"publisher":{"@type":"Organization","name":"Riverbend Gazette"},
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".gnt_ar_b"}}</script>
<script>window.gnt = {"page":{"type":"story","assetId":"86011234007","ssts":"news/local","sponsored":false},"user":{"subscribed":false}};</script>
<style>.gnt_ar_b_p{margin:0 0 1.5em}.gnt_x__lbl{font-size:11px;text-transform:uppercase}</style></head>
<body class="gnt_b gnt_pr_b"><div class="gnt_mol_oy" data-c-offer="top"><p class="gnt_mol_oy_t">${gnOffer}</p>
<a href="/subscribe/?gps-source=BENBmar&amp;itm_campaign=topbar" class="gnt_mol_oy_b">Subscribe</a></div>
<header class="gnt_n gnt_n__ts"><div class="gnt_n_w"><a href="/" class="gnt_n_logo" aria-label="Riverbend Gazette logo. Go to homepage"></a>
<nav class="gnt_n_mn" aria-label="Main"><ul>${links(gnNav, 'gnt_n_mn_ce')}</ul></nav>
<div class="gnt_n_us"><a href="/subscribe/?gps-source=BENBheader" class="gnt_n_us_a gnt_n_us_a__sub">Subscribe</a>
<a href="https://login.riverbendgazette.com/" class="gnt_n_us_a">Sign In</a></div></div></header>
<main class="gnt_cw"><article class="gnt_pr" data-c-ar="86011234007">
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${gnTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__si" href="/staff/5512290/jordan-ellis/">Jordan Ellis</a>
<div class="gnt_ar_by_t">Riverbend Gazette</div></div>
<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. CT Nov. 3, 2025 Updated: 8:15 a.m. CT Nov. 3, 2025">Published 5:02 a.m. CT Nov. 3, 2025
<span class="gnt_ar_dt_upd">Updated 8:15 a.m. CT Nov. 3, 2025</span></div>
<div class="gnt_ar_shr" aria-label="Share"><button class="gnt_ss_fb" aria-label="Share on Facebook"></button><button class="gnt_ss_x" aria-label="Share on X">
</button><button class="gnt_ss_em" aria-label="Share by Email"></button><button class="gnt_ss_o"><span>Share</span></button></div>
<figure class="gnt_em gnt_em_fo gnt_em_img"><img class="gnt_em_img_i" src="https://www.riverbendgazette.com/gcdn/presto/2025/11/03/linwood-park.jpg"
alt="Linwood Park" width="660" height="371"><figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cc">${gnCaption}</span>
<span class="gnt_em_img_cr" title="${gnCredit}">${gnCredit}</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article body">
${gp(gn1)}
${gnAd(1)}
<h2 class="gnt_ar_b_h2">${gnH1}</h2>
${gp(gn2)}
<ul class="gnt_ar_b_ul">${gnList.map((t) => `<li class="gnt_ar_b_li">${t}</li>`).join('\n')}</ul>
${gp(gn3)}
<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">More:</strong>
<a href="/story/news/local/2025/10/20/riverfront-trail-ideas/" class="gnt_ar_b_a">${gnMore}</a></p>
<h2 class="gnt_ar_b_h2">${gnH2}</h2>
${gp(gn4.slice(0, 2))}
<aside class="gnt_em gnt_em__sub" data-c-offer="inline"><div class="gnt_sbp"><h3 class="gnt_sbp_t">${gnSub.title}</h3>
<p class="gnt_sbp_d">${gnSub.text}</p><a href="/subscribe/?gps-source=BENBinline" class="gnt_sbp_b">${gnSub.cta}</a></div></aside>
${gp(gn4.slice(2))}
${gnAd(2)}
<h2 class="gnt_ar_b_h2">${gnH3}</h2>
${gp(gn5)}
<p class="gnt_ar_b_p"><em>${gnContrib}</em></p>
<p class="gnt_ar_b_p"><em>${gnBio}</em></p>
</div></article>
<aside class="gnt_rr"><section class="gnt_rr_mp"><h2 class="gnt_rr_mp_t">Most Popular</h2><ol>${links(gnPopular, 'gnt_rr_mp_li')}</ol></section>${gnAd(3)}
</aside></main>
<footer class="gnt_f"><div class="gnt_f_w"><a href="/" class="gnt_f_logo" aria-label="Riverbend Gazette"></a><ul class="gnt_f_l">${links(gnFoot)}</ul>
<p class="gnt_f_c">© 2025 www.riverbendgazette.com. All rights reserved.</p></div></footer>
<script src="https://www.riverbendgazette.com/tangstatic/js/main-m.min.4d2f9c.js" defer></script></body></html>`;
export const gannettStory: TestPage = {
  html: gnHtml,
  name: 'heldout78-usa-today-network-news',
  kind: 'news',
  // the plan's list items are body; the byline with the paper's name, the "Published/Updated" line and the closing "Contributing:"
  // line are bylines; the author's contact line at the end of the text, the "More:" link paragraph, the inline subscription
  // prompt, ad labels, caption and credit, the offer bar, rail and footer are furniture
  title: gnTitle,
  headings: [gnH1, gnH2, gnH3],
  body: [...gn1, ...gn2, ...gnList, ...gn3, ...gn4, ...gn5],
  bylines: ['Jordan Ellis', 'Riverbend Gazette', 'Published 5:02 a.m. CT Nov. 3, 2025', 'Updated 8:15 a.m. CT Nov. 3, 2025', gnContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    gnOffer, 'Subscribe', ...gnNav, 'Sign In', 'Share', gnCaption, gnCredit, 'Advertisement', `More: ${gnMore}`, gnSub.title, gnSub.text, gnSub.cta,
    gnBio, 'Most Popular', ...gnPopular, ...gnFoot, '© 2025 www.riverbendgazette.com. All rights reserved.',
  ],
};

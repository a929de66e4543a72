import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 89, file b2: a USA TODAY network local paper story in the Gannett "gnt" template (skip link, the masthead
 * nav with weather, Subscribe and Sign In, the hidden flyout menu, the share bar, the lead image with caption and credit, the
 * byline with the paper's name, Published/Updated stamp, ad slots with "Advertisement", "MORE:" lines inside the body,
 * a newsletter sign-up embed, the reporter's contact tagline at the end of the body, "Popular Stories", the footer and the
 * "Your Privacy Choices" link).
 */
const gnTitle = 'Harlan County commissioners approve $14 million jail expansion after 3-hour meeting';
const gnP1 = [
  'Harlan County commissioners voted 2-1 Tuesday night to expand the county jail by 96 beds, ending more than a year of debate over a facility that ' +
    'has held more inmates than it was built for nearly every day since 2022.',
  'The $14.2 million project will add two housing units and a medical wing to the jail on Foundry Street. It will be paid for with a bond issue repaid ' +
    'over 20 years from the county’s general fund, with no new tax, according to county finance director Mark Ostrowski.',
  'About 140 people packed the commission chambers for the meeting, which ran past 10 p.m. Most of the 31 people who spoke opposed the plan.',
];
const gnMore1 =
  '<strong>MORE:</strong> <a href="/story/news/local/2025/06/12/harlan-county-jail-over-capacity/74055123007/">Harlan County jail has ' +
  'been over capacity for 3 years. Here’s why.</a>';
const gnH1 = 'Why commissioners say the jail needs more room';
const gnP2 = [
  'The jail was built in 1998 for 180 inmates. Its average daily population this year has been 231, according to Sheriff Teresa Lindqvist, who said ' +
    'deputies have been housing inmates in a converted gym and sending others to neighboring counties at $68 a day.',
  '“We spent $1.1 million last year sending people to other counties,” Lindqvist told commissioners. “That money leaves Harlan County, and it ' +
    'doesn’t ' +
    'come back.”',
  'Commission President Gary Heidt said the county had little choice after a state inspection in June found the jail out of compliance with minimum ' +
    'standards for space and staffing.',
  '“Nobody up here wants to build a bigger jail,” Heidt said. “But we have been told by the state that we have to fix this, and I’m not going ' +
    'to leave ' +
    'it to the next commission.”',
];
const gnH2 = 'What opponents asked for instead';
const gnP3 = [
  'Opponents, including members of the Harlan Justice Coalition and several local pastors, urged the county to spend the money on programs they said ' +
    'would cut the number of people held before trial. Among their proposals:',
];
const gnList = [
  'A pretrial services office to assess defendants and recommend release where appropriate.',
  'Wider use of electronic monitoring for people charged with nonviolent offenses.',
  'A crisis stabilization center, so people in a mental health emergency are not taken to the jail.',
];
const gnP4 = [
  'Renee Castellanos, who chairs the coalition, said about 70% of those in the jail on a typical day have not been convicted of the charge they are held on.',
  '“If you build it, you will fill it,” she said. “Every county that has done this has ended up right back here 10 years later.”',
  'Commissioner Luis Arredondo, who cast the dissenting vote, said he supported a smaller expansion paired with a pretrial program and asked that the ' +
    'vote be delayed until January. His motion failed for lack of a second.',
];
const gnMore2 =
  '<strong>MORE:</strong> <a href="/story/news/local/2025/10/28/harlan-sheriff-budget-deputies/76123340007/">Harlan County sheriff asks ' +
  'for 12 new deputies in 2026 budget</a>';
const gnH3 = 'What happens next';
const gnP5 = [
  'The county will seek construction bids in the spring, and work is expected to take about 18 months. Commissioners also agreed to study the cost of ' +
    'a pretrial services office and report back by March.',
];
const gnTag =
  '<em>Dana Whitcomb covers Harlan County government for the Register-Star. Reach her at dwhitcomb@harlanregisterstar.com or follow her on X at ' +
  '@danawhitcomb.</em>';
const gnNav = ['Local', 'Sports', 'Things To Do', 'Opinion', 'Obituaries', 'E-Edition', 'Legals'];
const gnFly = ['Home', 'News', 'High School Sports', 'Business', 'Crime & Courts', 'Education', 'Weather', 'Advertise', 'Contact Us', 'Newsletters'];
const gnShare = ['Facebook', 'Email', 'X', 'Share'];
const gnCaption = 'Residents wait to speak during the Harlan County Commission meeting Tuesday, Nov. 4, 2025, at the county administration building.';
const gnCredit = 'Dana Whitcomb/Register-Star';
const gnNews = [
  'Get the Morning Briefing newsletter in your inbox.',
  'The day’s top local headlines, delivered every weekday morning.',
  'Delivery: Mon-Fri',
  'Your Email',
  'Sign Up',
];
const gnPopular = [
  'Popular Stories',
  'Harlan restaurant closes after 41 years on Main Street',
  'Police identify man killed in Route 9 crash',
  'Harlan High volleyball advances to state semifinals',
  'What to know about the new trash pickup schedule',
];
const gnFoot = [
  'About Us',
  'Staff Directory',
  'Careers',
  'Contact Us',
  'Accessibility Support',
  'Subscriber Guide',
  'Manage Account',
  'Give Feedback',
  'Our Ethical Principles',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
  'Site Map',
  'Help',
  'Get the App',
];
const gnCopy = '© 2025 www.harlanregisterstar.com. All rights reserved.';
const gnP = (t: string): string => `<p class="gnt_ar_b_p">${t}</p>`;
const gnAd = (id: string): string =>
  `<aside class="gnt_em gnt_em__el" aria-label="advertisement"><div class="gnt_em_lbl">Advertisement</div><div id="${id}" class="gnt_x"></div></aside>`;
const gnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harlan County approves $14 million jail expansion</title>
<meta name="description" content="Harlan County commissioners voted 2-1 to add 96 beds to the county jail after a meeting that ran past 10 p.m.">
<meta property="og:title" content="Harlan County approves $14 million jail expansion"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Harlan Register-Star"><meta name="cXenseParse:gnt-pubname" content="The Harlan Register-Star">
<link rel="canonical" href="https://www.harlanregisterstar.com/story/news/local/2025/11/05/harlan-county-jail-expansion-approved/76188810007/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gnTitle}","articleSection":"local",
"datePublished":"2025-11-05T11:03:00Z","dateModified":"2025-11-05T16:18:00Z","author":[{"@type":"Person","name":"Dana Whitcomb"}],
"publisher":{"@type":"Organization","name":"The Harlan Register-Star"},"isAccessibleForFree":false}</script>
<script>window.gnt_dl = {"ssts":{"section":"news","subsection":"local","topic":"","subtopic":""},"contentType":"story"};</script>
<link rel="stylesheet" href="/gcdn/dcjs/v2/story.css"></head>
<body class="gnt_pr"><a class="gnt_n_skp" href="#mainContentSection">Skip to main content</a>
<header class="gnt_n gnt_n__sa" aria-label="Site Header"><nav class="gnt_n_mn" aria-label="Main navigation"><a class="gnt_n_logo" href="/"
aria-label="The Harlan Register-Star logo"></a>${gnNav.map((t) => `<a class="gnt_n_mn_l" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('')}
<a class="gnt_n_wthr" href="/weather/"><span class="gnt_n_wthr_t">52°F</span></a><a class="gnt_n_us gnt_n_us_sub" href="/subscribe/">Subscribe</a>
<a class="gnt_n_us gnt_n_us_a" href="/signin/">Sign In</a><button class="gnt_n_mn_ex" aria-label="Open menu"></button></nav>
<div class="gnt_n_fo" hidden><ul class="gnt_n_fo_ls">${links(gnFly, 'gnt_n_fo_li')}</ul></div></header>
<main id="mainContentSection" class="gnt_cw"><article class="gnt_pr gnt_ar"><h1 class="gnt_ar_hl" elementtiming="ar-headline">${gnTitle}</h1>
<div class="gnt_ss gnt_ss__hl"><button class="gnt_ss_b gnt_ss_fb"><span class="gnt_ss_l">${gnShare[0]}</span></button><button class="gnt_ss_b gnt_ss_em">
<span class="gnt_ss_l">${gnShare[1]}</span></button><button class="gnt_ss_b gnt_ss_tw"><span class="gnt_ss_l">${gnShare[2]}</span></button>
<button class="gnt_ss_b gnt_ss_sh"><span class="gnt_ss_l">${gnShare[3]}</span></button></div>
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" alt="People seated in rows in a meeting room" src="/gcdn/presto/2025/11/05/jail-meeting.jpg">
<figcaption class="gnt_em_cp" aria-label="${gnCaption}"><span class="gnt_em_cp_w">${gnCaption}</span> <span
class="gnt_em_cp_cr">${gnCredit}</span></figcaption></figure>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/3021447001/dana-whitcomb/">Dana Whitcomb</a><div class="gnt_ar_pb">The Harlan
Register-Star</div></div>
<div class="gnt_ar_dt" aria-label="Published: 6:03 a.m. ET Nov. 5, 2025 Updated: 11:18 a.m. ET Nov. 5, 2025">Published 6:03 a.m. ET Nov. 5, 2025<br>
Updated 11:18 a.m. ET Nov. 5, 2025</div>
<div class="gnt_ar_b" aria-label="Article body">
${gnP1.map(gnP).join('\n')}
${gnP(gnMore1)}
${gnAd('gnt_ad_1')}
<h2 class="gnt_ar_b_h2">${gnH1}</h2>
${gnP2.map(gnP).join('\n')}
<aside class="gnt_em gnt_em_nl" aria-label="Newsletter signup"><div class="gnt_em_nl_t">${gnNews[0]}</div><div class="gnt_em_nl_d">${gnNews[1]}</div>
<div class="gnt_em_nl_f">${gnNews[2]}</div><form class="gnt_em_nl_fm"><label class="gnt_em_nl_lbl" for="nl-email">${gnNews[3]}</label><input id="nl-email"
type="email"><button class="gnt_em_nl_b" type="submit">${gnNews[4]}</button></form></aside>
<h2 class="gnt_ar_b_h2">${gnH2}</h2>
${gnP3.map(gnP).join('\n')}
<ul class="gnt_ar_b_ul">${gnList.map((t) => `<li class="gnt_ar_b_ul_li">${t}</li>`).join('\n')}</ul>
${gnP4.map(gnP).join('\n')}
${gnAd('gnt_ad_2')}
${gnP(gnMore2)}
<h2 class="gnt_ar_b_h2">${gnH3}</h2>
${gnP5.map(gnP).join('\n')}
${gnP(gnTag)}
</div></article>
<aside class="gnt_sb" aria-label="Popular stories"><h2 class="gnt_sb_t">${gnPopular[0]}</h2><ol class="gnt_sb_ls">
${gnPopular
  .slice(1)
  .map((t, i) => `<li class="gnt_sb_li"><a href="/story/popular-${i}/">${t}</a></li>`)
  .join('\n')}</ol>${gnAd('gnt_ad_rr')}</aside></main>
<footer class="gnt_f" aria-label="Footer"><ul class="gnt_f_ls">${links(gnFoot, 'gnt_f_li')}</ul><div class="gnt_f_cp">${gnCopy}</div></footer>
<script src="/gcdn/dcjs/v2/story.js" defer></script></body></html>`;
export const gannettStory: TestPage = {
  html: gnHtml,
  name: 'heldout89-gannett-local-news',
  kind: 'news',
  // the "MORE:" lines inside the body and the reporter's contact tagline (the last paragraph) are furniture; the byline,
  // the paper's name under it and the Published/Updated lines are bylines; share bar, caption, credit, ads, newsletter
  // embed, popular stories, nav (and the hidden flyout) and footer are furniture
  title: gnTitle,
  headings: [gnH1, gnH2, gnH3],
  body: texts([...gnP1, ...gnP2, ...gnP3, ...gnList, ...gnP4, ...gnP5]),
  bylines: ['Dana Whitcomb', 'The Harlan Register-Star', 'Published 6:03 a.m. ET Nov. 5, 2025', 'Updated 11:18 a.m. ET Nov. 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...gnNav, '52°F', 'Subscribe', 'Sign In', ...gnFly, ...gnShare, gnCaption, gnCredit, 'Advertisement', ...texts([gnMore1,
    gnMore2]),
    ...gnNews, ...texts([gnTag]), ...gnPopular, ...gnFoot, gnCopy,
  ],
};

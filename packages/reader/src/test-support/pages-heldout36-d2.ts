import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 36, file d2: an IndyStar (USA TODAY Network) story on Gannett's gnt_ template, minified (the gnt_n header
 * with section links, "Subscribe" and "Sign In", the "Key Points" AI-assisted summary, the gnt_ar_hl headline, the byline with
 * the paper under the name, "Published"/"Updated" times, share buttons, the lead image with caption and credit, gnt_ar_b_p
 * paragraphs, two gnt_ar_b_h2 subheads and a list, inline "More:" link lines, ad slots without text, the italic contact line at
 * the end, the newsletter promo, "More stories", and the footer).
 */
const gaTitle = 'IPS board votes to close two Eastside elementary schools at end of school year';
const gaKeys = [
  'The Indianapolis Public Schools board voted 5-2 to close Brookside Park and Wallace Heights elementary schools in June.',
  'About 540 students will move to three nearby schools, and the district says no teachers will lose their jobs.',
  'Parents who spoke at the meeting said the closures would mean longer walks along busy roads.',
];
const gaBody1 = [
  'The Indianapolis Public Schools board voted Thursday night to close two elementary schools on the city’s Eastside at the ' +
    'end of the school year, the latest step in a plan to shrink a district that has lost more than a third of its students ' +
    'since 2005.',
  'The 5-2 vote came after more than three hours of public comment, most of it from parents and grandparents who asked the ' +
    'board to keep the schools open for at least one more year.',
  'District leaders said both buildings are less than half full and need a combined $19 million in repairs, including new ' +
    'roofs and heating systems. Closing them will save about $3.8 million a year, according to district estimates.',
];
const gaH1 = 'Which schools are closing';
const gaBody2 = ['Under the plan approved Thursday, students will be reassigned as follows:'];
const gaList = [
  'Brookside Park Elementary (School 54): students move to Paul I. Miller School 114 and Thomas Gregg Neighborhood School.',
  'Wallace Heights Elementary (School 62): students move to Arlington Woods School 99.',
  'Families may instead apply for a seat at any other IPS school through the district’s enrollment system until March 14.',
];
const gaH2 = 'What parents said';
const gaBody3 = [
  'Tamika Rollins, whose two sons attend Wallace Heights, told the board that the new route would take her children across ' +
    'East 10th Street, where there is no crosswalk near the school. “You are asking 7-year-olds to cross four lanes of traffic,” ' +
    'she said.',
  'Superintendent Dr. Marcus Ellery said the district would add crossing guards at two intersections and extend bus service ' +
    'to students who live more than a mile from their new school, down from the current 1.5 miles.',
  '“None of us took this decision lightly,” Ellery said. “But keeping students in buildings we cannot afford to fix is not ' + 'fair to them either.”',
  'Board members Andrea Solis and Kevin Boyd voted against the closures, saying the district had not given families enough ' +
    'time to plan. Solis asked that the buildings not be sold until the district has consulted neighbors on their future use.',
  'All teachers and staff at the two schools will be offered positions elsewhere in the district, IPS said.',
];
const gaContact = 'Contact IndyStar education reporter Caroline Dunn at cdunn@indystar.com. Follow her on X: @CarolineDunnIS.';
const gaMore = [
  'More: IPS enrollment dropped again this year. Here’s where students went',
  'More: Indianapolis charter network to take over former Northwest middle school building',
];
const gaCaption = 'Parents and students hold signs outside the IPS board meeting on Thursday, Jan. 29, 2026.';
const gaCredit = 'Noah Blakely/IndyStar';
const gaNav = ['Sports', 'Colts', 'Pacers', 'Things to Do', 'Opinion', 'Obituaries', 'E-Edition', 'Legals'];
const gaStories = [
  'Indianapolis City-County Council approves new trash pickup contract',
  'Indiana lawmakers weigh school funding formula changes',
  'Fishers approves plan for second downtown parking garage',
];
const gaFoot = [
  'Help',
  'Terms of Service',
  'Subscription Terms & Conditions',
  'Privacy Policy',
  'Your Privacy Choices',
  'Site Map',
  'Accessibility',
  'Our Ethical Principles',
  'Responsible Disclosure',
];
const gaP = (t: string): string => `<p class="gnt_ar_b_p">${t}</p>`;
const gaAd = (n: number): string => `<aside aria-label="advertisement" class="gnt_em gnt_em__el"><div class="gnt_x gnt_x__lbl" id="ad-${n}"></div></aside>`;
const gaMoreP = (t: string): string =>
  `<p class="gnt_ar_b_p"><strong>${t.slice(0, 5)}</strong> <a href="/story/news/education/2026/01/20/">${t.slice(6)}</a></p>`;
const gaHtml = [
  '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>',
  `${gaTitle}</title><meta name="description" content="${gaKeys[0]}"><link rel="canonical" href="https://www.indystar.com/story/news/education/`,
  '2026/01/30/ips-board-votes-to-close-two-eastside-elementary-schools/78123456007/"><script type="application/ld+json">',
  `{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gaTitle}","dateModified":"2026-01-30T14:41:02Z",`,
  '"datePublished":"2026-01-30T10:02:17Z","author":[{"@type":"Person","name":"Caroline Dunn"}],"publisher":{"@type":"Organization",',
  '"name":"The Indianapolis Star"}}</script><script>window.gnt_hb=window.gnt_hb||{};gnt_hb.cst={"ssts":"news/education","topic":""};</script>',
  '</head><body class="gnt_pr" data-ss="news/education"><header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="IndyStar Logo">',
  '</a><nav class="gnt_n_mn">',
  gaNav.map((t) => `<a class="gnt_n_mn_l" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join(''),
  '</nav><div class="gnt_n_us"><a class="gnt_n_us_a" href="/subscribe/">Subscribe</a><a class="gnt_n_us_a" href="/signin/">Sign In</a>',
  '</div></header><main class="gnt_cw"><article class="gnt_pr">',
  `<h1 class="gnt_ar_hl" elementtiming="ar-headline">${gaTitle}</h1>`,
  '<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__hav" href="/staff/2648193001/caroline-dunn/">Caroline Dunn</a>',
  '<div class="gnt_ar_by_j">Indianapolis Star</div></div>',
  '<div class="gnt_ar_dt" aria-label="Published: 5:02 AM EST January 30, 2026 Updated: 9:41 AM EST January 30, 2026">',
  'Published 5:02 a.m. ET Jan. 30, 2026<br>Updated 9:41 a.m. ET Jan. 30, 2026</div>',
  '<div class="gnt_ss gnt_ar_ss"><button class="gnt_ss_b" aria-label="Share to Facebook"></button><button class="gnt_ss_b" ',
  'aria-label="Share via Email"></button><button class="gnt_ss_b" aria-label="Share to X"></button><button class="gnt_ss_b" ',
  'aria-label="Copy Link"></button></div>',
  '<figure class="gnt_em gnt_em_img gnt_em__fp"><img class="gnt_em_img_i" src="https://www.indystar.com/gcdn/authoring/images/',
  `2026/01/29/PIND/78123400007-ips-board.jpg?width=660&height=440" alt="${gaCaption}" elementtiming="ar-lead-image">`,
  `<figcaption class="gnt_em_img_ccw" data-c-caption="${gaCaption}" data-c-credit="${gaCredit}">${gaCaption}`,
  `<span class="gnt_em_img_ccw_crd">${gaCredit}</span></figcaption></figure>`,
  '<div class="gnt_ar_b" aria-label="Article body">',
  '<div class="gnt_ar_kp"><h2 class="gnt_ar_kp_h">Key Points</h2><span class="gnt_ar_kp_lbl">AI-assisted summary</span>',
  '<button class="gnt_ar_kp_info" aria-label="About AI-assisted summaries"></button><ul class="gnt_ar_kp_ul">',
  gaKeys.map((t) => `<li class="gnt_ar_kp_li">${t}</li>`).join(''),
  '</ul></div>',
  gaBody1.slice(0, 2).map(gaP).join(''),
  gaAd(1),
  gaP(gaBody1[2]!),
  gaMoreP(gaMore[0]!),
  `<h2 class="gnt_ar_b_h2">${gaH1}</h2>`,
  gaBody2.map(gaP).join(''),
  `<ul class="gnt_ar_b_ul">${gaList.map((t) => `<li class="gnt_ar_b_ul_li">${t}</li>`).join('')}</ul>`,
  gaAd(2),
  `<h2 class="gnt_ar_b_h2">${gaH2}</h2>`,
  gaBody3.slice(0, 3).map(gaP).join(''),
  gaMoreP(gaMore[1]!),
  gaBody3.slice(3).map(gaP).join(''),
  `<p class="gnt_ar_b_p"><em>${gaContact.replace('cdunn@indystar.com', '<a href="mailto:cdunn@indystar.com">cdunn@indystar.com</a>')}</em></p>`,
  '</div></article>',
  '<div class="gnt_nl"><h3 class="gnt_nl_h">Stay informed</h3><p class="gnt_nl_t">Get the IndyStar Daily Briefing in your inbox every morning.</p>',
  '<a class="gnt_nl_b" href="/newsletters/">Sign up</a></div>',
  '<section class="gnt_m gnt_m_flm"><h2 class="gnt_m_th">More stories</h2>',
  gaStories.map((t, i) => `<a class="gnt_m_flm_a" href="/story/news/local/2026/01/2${i}/"><div class="gnt_m_flm_hl">${t}</div></a>`).join(''),
  '</section></main><footer class="gnt_f"><ul class="gnt_f_l">',
  gaFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t.replace('&', '&amp;')}</a></li>`).join(''),
  '</ul><div class="gnt_f_c">© Copyright Gannett 2026</div></footer></body></html>',
].join('');
export const gannett: TestPage = {
  html: gaHtml,
  name: 'heldout36-usa-today-network-gannett',
  kind: 'news',
  // the "Key Points" list (an AI-assisted summary the template sets above the first paragraph, as a dek in points) is body,
  // its heading and "AI-assisted summary" label furniture; the two gnt_ar_b_h2 subheads are the headings and the list under
  // the first is body; the writer, the paper's name under it ("Indianapolis Star"), both times and the italic contact line at
  // the end (the writer's own author line) are bylines; the two "More:" link lines inside the body, caption and credit, the
  // newsletter box, "More stories", the share buttons (labels only), header and footer are furniture
  title: gaTitle,
  headings: [gaH1, gaH2],
  body: [...gaKeys, ...texts(gaBody1), ...texts(gaBody2), ...gaList, ...texts(gaBody3)],
  bylines: ['Caroline Dunn', 'Indianapolis Star', 'Published 5:02 a.m. ET Jan. 30, 2026', 'Updated 9:41 a.m. ET Jan. 30, 2026', gaContact],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gaNav, 'Subscribe', 'Sign In', gaCaption, gaCredit, 'Key Points', 'AI-assisted summary', ...gaMore, 'Stay informed',
    'Get the IndyStar Daily Briefing in your inbox every morning.', 'Sign up', 'More stories', ...gaStories, ...gaFoot, '© Copyright Gannett 2026',
  ],
};

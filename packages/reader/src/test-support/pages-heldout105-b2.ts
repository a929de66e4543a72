import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 105, file b2: a USA TODAY Network local paper story on the Gannett "gnt_" template (the nav with "Subscribe"
 * and "Sign In", the hidden flyout menu, headline, byline with the paper's name, the "Published" and "Updated" times, the
 * utility bar, the lead image with caption and credit, in-body ad slots with "Advertisement", the reporter's contact line, the
 * help-line box closing the story, the "Most popular" rail, the paywall "Subscribe" promo and the footer).
 */
const gnTitle = 'Ashford schools add 14 counselors as student visits to nurses for anxiety climb';
const gnP1 = [
  'ASHFORD — Every middle and high school in the Ashford Unified School District will have at least two full-time counselors ' +
    'next fall, after the school board approved 14 new positions Monday night in a unanimous vote.',
  'The move follows a district report showing visits to school nurses for anxiety, panic attacks and stress-related headaches ' +
    'nearly doubled between the 2021-22 and 2024-25 school years, from about 3,100 to 5,900.',
  '“Our nurses were telling us they had become the counseling office by default,” Superintendent Rafael Quintero said. “That is ' +
    'not fair to them, and it is not fair to the students who need more than a quiet room and a glass of water.”',
];
const gnH1 = 'Caseloads had reached 600 students';
const gnP2 = [
  'Before the vote, some Ashford counselors were responsible for more than 600 students, well above the 250-to-1 ratio recommended ' +
    'by national school counseling groups. With the new hires, the district expects to bring the average below 300.',
  'The positions will cost about $1.6 million a year. Roughly half will come from a state grant for student mental health that ' +
    'runs through 2028; the rest will come from the district’s general fund, where officials said savings from a renegotiated bus ' +
    'contract freed up money.',
  'Board member Celia Amankwah asked what would happen when the grant expires. Chief financial officer Dean Whitlock said the ' +
    'district would need to find a permanent source within three years or cut some of the positions.',
];
const gnH2 = 'Students and parents spoke at the meeting';
const gnP3 = [
  'Several students addressed the board, including Ashford High junior Nadia Brennan, who said she waited three weeks for an ' +
    'appointment with a counselor last year after a friend’s death.',
  '“I am not saying the counselors did anything wrong,” she said. “There were just not enough of them.”',
  'Parent Howard Lim said he supported the hires but hoped the district would also train teachers to spot students who are ' +
    'struggling. The district said every teacher will take a four-hour course in August.',
  'Hiring will begin next month. Quintero said the district will prioritize candidates who speak Spanish or Vietnamese, the two ' +
    'most common languages spoken at home by Ashford students after English.',
];
const gnContact = 'Alana Brooks covers education for the Ashford Courier. Reach her at abrooks@ashfordcourier.example or on X @alanabrooks.';
const gnHelp = [
  'If you or someone you know is struggling or in crisis, help is available. Call or text 988 or chat at 988lifeline.org.',
  'You can also reach the Crisis Text Line by texting HOME to 741741.',
];
const gnNav = ['News', 'Sports', 'Entertainment', 'Life', 'Money', 'Opinion', 'Obituaries', 'eNewspaper', 'Legals'];
const gnBy = ['Alana Brooks', 'Ashford Courier', 'Published 6:02 a.m. PT May 20, 2025', 'Updated 10:17 a.m. PT May 20, 2025'];
const gnUtil = ['Share', 'Comment', 'Save'];
const gnCap = 'Students walk between classes at Ashford High School on Friday, May 16, 2025.';
const gnCredit = 'Marcus Tello/Ashford Courier';
const gnPop = [
  'Most popular',
  'Two hurt in crash on Highway 12 near Delmont',
  'Farmers market returns to Oak Street with 60 vendors',
  'City council delays vote on downtown parking fees',
];
const gnPromo = ['Subscribe to the Ashford Courier', 'Unlimited access to local news you can trust. Just $1 for 6 months.', 'Subscribe Now'];
const gnFoot = ['About Us', 'Newsroom Staff', 'Contact Us', 'Corrections', 'Terms of Service', 'Privacy Policy', 'Your Privacy Choices', 'Site Map'];
const gnCopy = '© 2025 www.ashfordcourier.example. All rights reserved.';
const gnP = (a: readonly string[]): string => a.map((t) => `<p class="gnt_ar_b_p">${t}</p>`).join('\n');
const gnH = (t: string): string => `<h2 class="gnt_ar_b_h2">${t}</h2>`;
const gnAd = (n: number): string => `<aside aria-label="advertisement" class="gnt_em gnt_em_pr gnt_em__hb" data-g-s="${n}">
<div class="gnt_em_pr_lbl">Advertisement</div><div id="ad-slot-high-impact-${n}" class="gnt_em_pr_ad"></div></aside>`;
const gnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ashford schools add 14 counselors as student visits to nurses for anxiety climb</title>
<meta name="description" content="Every middle and high school in Ashford Unified will have at least two full-time counselors next fall.">
<meta property="og:site_name" content="Ashford Courier"><meta property="og:title" content="${gnTitle}"><meta name="twitter:site" content="@ashfordcourier">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gnTitle}","datePublished":"2025-05-20T13:02:00Z",
"dateModified":"2025-05-20T17:17:00Z","author":[{"@type":"Person","name":"Alana Brooks","jobTitle":"Reporter"}],
"publisher":{"@type":"Organization","name":"Ashford Courier"},"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".gnt_paywall"}}</script>
<script>window.gnt_u=window.gnt_u||{};gnt_u.site="ashfordcourier";</script><link rel="stylesheet" href="/gcdn/dcjs/2025.05.12/a.css"></head>
<body class="gnt_pr" data-gl-method="article"><nav class="gnt_n" aria-label="Top"><a class="gnt_n_logo" href="/" aria-label="Ashford Courier logo"></a>
<ul class="gnt_n_mn">${links(gnNav, 'gnt_n_mn_i')}</ul><div class="gnt_n_us"><a class="gnt_n_us_a" href="/subscribe/">Subscribe</a>
<a class="gnt_n_us_a" href="/login/">Sign In</a></div><div class="gnt_n_fo" hidden><ul>${links(gnNav)}</ul></div></nav>
<main class="gnt_cw gnt_cw_w"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">${gnTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/alana-brooks/">Alana Brooks</a>
<div class="gnt_ar_pb">Ashford Courier</div></div>
<div class="gnt_ar_dt" aria-label="Published: 6:02 AM PDT May 20, 2025 Updated: 10:17 AM PDT May 20, 2025">Published 6:02 a.m. PT May 20, 2025
<br>Updated 10:17 a.m. PT May 20, 2025</div>
<div class="gnt_ar_ub">${gnUtil.map((t) => `<button class="gnt_ar_ub_b" aria-label="${t}"><span>${t}</span></button>`).join('')}</div>
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.ashfordcourier.example/gcdn/presto/2025/05/16/counselors.jpg?width=660"
alt="Ashford High School"><figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cc">${gnCap}</span>
<span class="gnt_em_img_cr" aria-label="Image credit: ${gnCredit}">${gnCredit}</span></figcaption></figure>
<div class="gnt_ar_b gnt_paywall" aria-label="Article Body">
${gnP(gnP1)}
${gnAd(1)}
${gnH(gnH1)}
${gnP(gnP2)}
${gnAd(2)}
${gnH(gnH2)}
${gnP(gnP3)}
<p class="gnt_ar_b_p"><em>${gnContact}</em></p>
<aside class="gnt_em gnt_em_fb" aria-label="Factbox"><div class="gnt_em_fb_t">Need help?</div>
${gnHelp.map((t) => `<p class="gnt_em_fb_p">${t}</p>`).join('\n')}</aside>
</div></article>
<aside class="gnt_rr"><div class="gnt_m_lb"><h2 class="gnt_m_lb_t">${gnPop[0]}</h2><ol>${links(gnPop.slice(1), 'gnt_m_lb_i')}</ol></div>
<div class="gnt_rr_xpst">${gnAd(3)}</div></aside></main>
<div class="gnt_pw_pr" data-c-pm="paywall"><h2>${gnPromo[0]}</h2><p>${gnPromo[1]}</p><a class="gnt_pw_pr_b" href="/subscribe/">${gnPromo[2]}</a></div>
<footer class="gnt_f"><ul class="gnt_f_l">${links(gnFoot, 'gnt_f_l_i')}</ul><p class="gnt_f_cr">${gnCopy}</p></footer>
<script src="/gcdn/dcjs/2025.05.12/a.js" defer></script></body></html>`;
export const gannettStory: TestPage = {
  html: gnHtml,
  name: 'heldout105-gannett-news-helpline',
  kind: 'news',
  // the byline's author and paper, the dates are bylines; the italic reporter contact line and the help-line box are furniture
  title: gnTitle,
  headings: [gnH1, gnH2],
  body: [...texts(gnP1), ...texts(gnP2), ...texts(gnP3)],
  bylines: gnBy,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gnNav, 'Subscribe', 'Sign In', ...gnUtil, gnCap, gnCredit, 'Advertisement', gnContact, 'Need help?', ...gnHelp, ...gnPop, ...gnPromo,
    ...gnFoot, gnCopy,
  ],
};

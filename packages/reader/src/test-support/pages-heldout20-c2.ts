import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 20, file c2: a USA TODAY Network local story on a Gannett site (gnt_ class names: the header with
 * "Subscribe" and "Sign In", the section nav, the "$1 for 6 months" offer bar, the gnt_ar_hl headline, the byline with the
 * paper's name and "USA TODAY NETWORK" label, the Published/Updated date line, the lead photo with caption and credit,
 * gnt_ar_b paragraphs with h2 subheads, inline "Related:" and "More:" link paragraphs, a video embed with its title,
 * ad slots, the italic reporter tagline, the "Get the Education newsletter" box, the "Most popular" list and the footer).
 */
const utTitle = 'Madison County high schools will start 50 minutes later next fall after split board vote';
const utBody1 = [
  'High school students in Madison County will be able to sleep in a little longer next fall after the school board voted 5-2 Tuesday ' +
    'night to push the first bell back by 50 minutes.',
  "Starting in August 2026, classes at the county's three high schools will begin at 8:30 a.m. instead of 7:40 a.m. Elementary schools " +
    'will start earlier, at 7:50 a.m., so the district can keep using the same fleet of buses for both routes.',
  'The change follows more than a year of surveys and public meetings, and a petition signed by about 1,400 students and parents that ' +
    'cited research linking early start times to sleep deprivation, poor grades and car crashes among teenage drivers.',
  '"I have kids falling asleep in first period every single day," said Angela Ruiz, a chemistry teacher at Madison County High School ' +
    'who spoke in favor of the change. "You can\'t teach someone who isn\'t awake."',
] as const;
const utH1 = 'Parents of younger students raise concerns';
const utBody2 = [
  'Not everyone was happy. Several parents of elementary students told the board that the earlier start would mean children waiting for ' +
    "buses in the dark during the winter months, and that after-school care would cost more because the younger students' day will end sooner.",
  '"We\'re fixing a problem for one group of kids by creating a new one for another," said Derek Poole, who has two children at Laurel ' + 'Creek Elementary.',
  'Board member Linda Ashby, one of the two votes against the plan, said she supported later start times for teenagers but wanted the ' +
    'district to find money for more buses instead of moving the elementary schedule. Superintendent Ray Mendoza said that option would ' +
    'cost about $2.3 million a year, most of it for drivers the district has struggled to hire.',
] as const;
const utH2 = 'What happens next';
const utBody3 = [
  'The district will spend the spring working out bus routes and athletics schedules, Mendoza said. High school sports practices, which ' +
    'now begin at 3 p.m., will likely start around 4 p.m., and some away games may require students to leave class early.',
  'The board also asked staff to report back in January on whether the before-school program at elementary schools could open earlier ' +
    'to help working parents.',
  'Madison County joins a growing number of districts in the state that have moved to later high school start times, including two ' +
    'neighboring counties that made the switch in 2023.',
] as const;
const utRel = [
  ['Related:', 'Madison County teachers get 4% raise in new budget deal'],
  ['Related:', 'Madison County struggles to fill bus driver jobs as routes are combined'],
  ['More:', 'Where to find free after-school programs in Madison County'],
] as const;
const utTagline =
  'Kendra Fulton covers education for The Blue Ridge Register. Reach her at kfulton@blueridgeregister.example or follow her on X at @kendrafulton.';
const utCap = 'Students board buses outside Madison County High School before the 7:40 a.m. bell on Wednesday.';
const utCredit = 'Marcus Yates/The Blue Ridge Register';
const utVideo = 'Why later school start times matter for teens';
const utNav = ['Local', 'Sports', 'Things to Do', 'Opinion', 'Obituaries', 'Legals', 'eNewspaper', 'USA TODAY'];
const utPopular = [
  'Longtime Main Street diner closes after 62 years',
  'Blue Ridge Parkway section to close for repairs through spring',
  'Sheriff: Two arrested after chase ends in Laurel Creek',
];
const utFoot = [
  'About Us',
  'Newsroom Staff',
  'Contact Us',
  'Accessibility',
  'Our Ethical Principles',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
  'Subscriber Help',
  'Manage Account',
  'Get Home Delivery',
  'Newsletters',
  'Help Center',
  '© 2025 www.blueridgeregister.example. All rights reserved.',
];
const utP = (t: string): string => `<p class="gnt_ar_b_p">${t}</p>`;
const utRelP = ([l, h]: readonly [string, string]): string =>
  `<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">${l}</strong> <a href="/story/news/local/2025/10/0${h.length % 9}/${h.length}/"
class="gnt_ar_b_a" data-t-l="|inline|intext|n/a">${h}</a></p>`;
const utAd = (n: number): string => `<aside class="gnt_em gnt_em__ad" aria-label="advertisement"><div id="gnt_ad_${n}" class="gnt_em_ad"></div></aside>`;
const utHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Madison County high schools to start later next fall</title>
<meta name="description" content="The Madison County school board voted 5-2 to push high school start times back by 50 minutes.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${utTitle}",
"author":[{"@type":"Person","name":"Kendra Fulton"}],"datePublished":"2025-11-12T11:02:00Z","dateModified":"2025-11-12T14:15:00Z",
"publisher":{"@type":"Organization","name":"The Blue Ridge Register"}}</script>
<script>window.gnt=window.gnt||{};gnt.ssts={"section":"news","subsection":"local"};</script></head>
<body class="gnt_pb"><a class="gnt_sk" href="#mainContent">Skip to main content</a><header class="gnt_n" role="banner">
<a class="gnt_n_logo" href="/" aria-label="The Blue Ridge Register logo"></a><nav class="gnt_n_mn" aria-label="Main navigation"><ul>
${links(utNav, 'gnt_n_mn_l')}</ul></nav><div class="gnt_n_us"><a class="gnt_n_us_s" href="/subscribe/">Subscribe</a>
<a class="gnt_n_us_a" href="/signin/">Sign In</a></div></header>
<div class="gnt_ob" role="complementary"><span class="gnt_ob_t">Limited time offer: $1 for 6 months</span><a class="gnt_ob_a" href="/subscribe/">Subscribe
now</a></div>
<main id="mainContent" class="gnt_cw"><article class="gnt_pr" data-c-pt="story"><h1 class="gnt_ar_hl" elementtiming="ar-headline">${utTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/2749381001/kendra-fulton/">Kendra Fulton</a>
<div class="gnt_ar_pb">The Blue Ridge Register</div><div class="gnt_ar_by_nt">USA TODAY NETWORK</div></div>
<div class="gnt_ar_dt" aria-label="Published: 6:02 AM EST November 12, 2025 Updated: 9:15 AM EST November 12, 2025">Published 6:02 a.m. ET Nov. 12, 2025
<span class="gnt_ar_dt_u">Updated 9:15 a.m. ET Nov. 12, 2025</span></div>
<div class="gnt_ar_sh"><button class="gnt_ar_sh_fb" aria-label="Share to Facebook">Facebook</button><button aria-label="Email">Email</button>
<button aria-label="Copy link">Copy Link</button></div>
<div class="gnt_ar_b" aria-label="Article Body">
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.blueridgeregister.example/gcdn/presto/2025/11/12/buses.jpg?width=660"
alt="School buses in a parking lot" width="660" height="440"><figcaption class="gnt_em_img_ccw" aria-label="${utCap} Marcus Yates">
<span class="gnt_em_img_cp">${utCap}</span> <span class="gnt_em_img_cr">${utCredit}</span></figcaption></figure>
${utBody1.slice(0, 3).map(utP).join('\n')}
${utRelP(utRel[0])}
${utAd(1)}
${utP(utBody1[3])}
<h2 class="gnt_ar_b_h2">${utH1}</h2>
${utBody2.slice(0, 2).map(utP).join('\n')}
<div class="gnt_em gnt_em_vp" data-c-vpdata="{&quot;id&quot;:&quot;86512937007&quot;}"><button class="gnt_em_vp_b" aria-label="Play video">
<span class="gnt_em_vp_tt">${utVideo}</span></button><span class="gnt_em_vp_d">1:53</span></div>
${utP(utBody2[2])}
${utRelP(utRel[1])}
<h2 class="gnt_ar_b_h2">${utH2}</h2>
${utBody3.slice(0, 2).map(utP).join('\n')}
${utRelP(utRel[2])}
${utAd(2)}
${utP(utBody3[2])}
<p class="gnt_ar_b_p"><em>${utTagline}</em></p>
</div>
<aside class="gnt_nl" aria-label="Newsletter signup"><h3 class="gnt_nl_h">Get the Education newsletter in your inbox.</h3>
<p class="gnt_nl_d">School board decisions, test scores and what it all means for your family, every Friday.</p><input type="email"
placeholder="Enter email address" aria-label="Email"><button class="gnt_nl_btn">Sign Up</button></aside></article>
<aside class="gnt_rr" aria-label="Most popular"><h2 class="gnt_rr_h">Most popular</h2><ol>${links(utPopular, 'gnt_rr_l')}</ol></aside></main>
<div class="gnt_cmp" role="dialog" hidden><p>We and our partners use cookies and similar technologies to deliver and measure ads and content.</p>
<button>Accept</button></div>
<footer class="gnt_f"><ul>${links(utFoot, 'gnt_f_l')}</ul></footer></body></html>`;
export const usaToday: TestPage = {
  html: utHtml,
  name: 'heldout20-usa-today-network-local',
  kind: 'news',
  // the two h2 subheads are the headings; the inline "Related:" and "More:" paragraphs are links to other stories, not the
  // story: furniture (labels and headlines); the italic reporter tagline at the end of the body is furniture (as batch 18/19
  // bio taglines); "Kendra Fulton", the paper's name under it and both date lines are bylines ("USA TODAY NETWORK" label
  // furniture); the photo caption and credit, the video title and duration, share buttons, offer bar, newsletter box, "Most
  // popular", the hidden consent dialog, header, nav and footer are furniture
  title: utTitle,
  headings: [utH1, utH2],
  body: [...texts(utBody1), ...texts(utBody2), ...texts(utBody3)],
  bylines: ['Kendra Fulton', 'The Blue Ridge Register', 'Published 6:02 a.m. ET Nov. 12, 2025', 'Updated 9:15 a.m. ET Nov. 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...utNav, 'Subscribe', 'Sign In', 'Limited time offer: $1 for 6 months', 'Subscribe now', 'USA TODAY NETWORK',
    'Facebook', 'Email', 'Copy Link', utCap, utCredit, ...utRel.flat(), utVideo, '1:53', utTagline, 'Get the Education newsletter in your inbox.',
    'School board decisions, test scores and what it all means for your family, every Friday.', 'Sign Up', 'Most popular', ...utPopular,
    'We and our partners use cookies and similar technologies to deliver and measure ads and content.', 'Accept', ...utFoot,
  ],
};

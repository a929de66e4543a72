import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout487-kit.js';

/**
 * Held-out batch 487, file e: an allotment association's AGM minutes on a new Google Sites site (generated class names,
 * top navigation, footer text box), and a community garden's plot-holder FAQ on Webflow (navbar, FAQ items, sign-up form).
 */
const gTitle = 'AGM minutes, March 2026';
const gBody = [
  'Thursday 12 March 2026, 7.30pm, St Ebba’s church hall, Wendham.',
  'Present: 31 members and the committee. Apologies: 6 members.',
  '1. Chair’s report',
  j(
    'The chair, Dominic Asante, thanked the committee and the work-party volunteers. All 88 plots were let during the year and the',
    'waiting list stands at 23. The trading shed was finished in December and opened on 1 March.',
  ),
  '2. Accounts',
  j(
    'The treasurer presented the accounts for 2025. Income was £6,412 and spending £5,980, leaving a balance of £3,118. The accounts',
    'were approved by a show of hands.',
  ),
  '3. Rents and water charges',
  'The meeting agreed to hold the plot rent at £62 for 2027 and to raise the water charge to £18. Agreed with two against.',
  '4. Election of the committee',
  'The chair, treasurer and secretary were re-elected unopposed. Priya Waddell joined the committee as website officer.',
  '5. Any other business',
  j('Members asked for a second accessible raised bed near the main gate. The committee will look for a grant. The meeting closed', 'at 9.05pm.'),
];
const gHeads = [2, 4, 6, 8, 10];
const gNav = ['Home', 'Plots', 'Minutes', 'Contact'];
const gp = (t: string): string => `<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">${t}</span></p>`;
const gh = (t: string, n: number): string => `<h${n} id="h.${t.length}k${n}" dir="ltr" class="zfr3Q ${n === 1 ? 'duRjpb' : 'JYVBee'} CDt4Ke">
<div class="CjVfdc" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ;"><span class="C9DxTc">${t}</span></div></h${n}>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<script nonce="r8Kx2">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script>
<script nonce="r8Kx2">_docs_flag_initialData={"docs-ails":"docs_cold","docs-fwds":"docs_sdf","info_params":{},"docs-etiff":true};</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="Kestle Road Allotment Society - Minutes">
<meta property="og:type" content="website"><meta itemprop="name" content="Kestle Road Allotment Society - Minutes">
<title>Kestle Road Allotment Society - Minutes</title><link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C400" rel="stylesheet" nonce="r8Kx2">
<style nonce="r8Kx2">.Zjiec{font-family:'Lato',sans-serif;font-size:22px;}.zfr3Q{font-size:13pt;line-height:1.6;}.duRjpb{font-size:34pt;}
.JYVBee{font-size:18pt;}</style>
<script nonce="r8Kx2">window.WIZ_global_data = {"HiPsbb":0,"MUE6Ne":"atari_view","w2btAe":"%.@.null,null,\\"\\",true,null,null,true,false]"};</script></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;">
<div class="LS81yb VICjCf j5t6E" tabindex="-1"><div class="zW7mQe" jsname="tiN4bf"><div class="mF4OBd">
<a class="GAuSPc" href="#h.p_main" jsname="ynBJDb">Skip to main content</a>
<a class="GAuSPc" href="#nav" jsname="N9Obb">Skip to navigation</a></div>
<div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><header id="atIdViewHeader"><div class="BbxBP" jsname="tF2mzd">
<div class="tyJCtd mGzaTb Depvyb baZpAe"><div class="BBB8pd">
<div class="Zjiec"><a href="/view/kestleroadallotments/home" class="Y4HfEb">Kestle Road Allotment Society</a></div></div>
<div class="PvqbQd" jsname="hQvGjf"><nav id="nav" class="JzO0Vc" role="navigation"><ul class="jYxBte Fpy8Db" role="navigation">
${gNav
  .map(
    (n) => `<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">
<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);">
<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"
href="/view/kestleroadallotments/${n.toLowerCase()}"${n === 'Minutes' ? ' aria-selected="true"' : ''}>${n}</a></div></div></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="RBEWZc"><div jscontroller="TUyfPe" class="fFO4N">
<div role="button" class="U26fgb mUbCce fKz7Od rF2ZGd" aria-label="Open search bar" tabindex="0">
<span class="xjKiLb"><span class="Ce1Y1c"><svg class="vu8Pwe" viewBox="0 0 24 24"><path d="M15.5 14h-.79"></path></svg></span></span></div></div>
</div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.p_main" class="yaqOZd LB7kq nyKByd"><div class="IFuOkc"></div>
<div class="mYVXT"><div class="LS81yb VICjCf j5t6E">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">
<div class="JNdkSc-SmKAyb LkDMRd">
<div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;"><div class="oKdM2c ZZyype Kzv0Me"><div class="tyJCtd mGzaTb Depvyb baZpAe">
${gh(gTitle, 1)}
${gBody.map((t, i) => (gHeads.includes(i) ? gh(t, 3) : gp(t))).join('\n')}
${gp('<span class="Ps2jic">Minutes taken by Ottilie Brandreth, Hon. Secretary.</span>')}
</div></div></div></div></div></div></div></section></div>
<div class="Xpil1b xgQ6eb"></div><footer jsname="yePe5c"><section id="h.footer" class="yaqOZd qeLZfd"><div class="mYVXT"><div class="LS81yb VICjCf j5t6E">
<div class="tyJCtd baZpAe">${gp('Kestle Road Allotment Society, The Trading Shed, Kestle Road, Wendham. Email kestleroad.allotments@example.org')}</div>
</div></div></section></footer>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1742214120418"
data-is-preview="false">
<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" aria-label="Site actions" tabindex="0"><div class="NWlf3e MbhUzd"></div>
<span class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24"><path d="M11 17h2v-6h-2v6z"></path></svg>
</span></span></div>
<div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" role="menu">
<span class="z80M1 FeRvI" role="menuitem">Page details</span>
<span class="z80M1 FeRvI" role="menuitem">Page updated</span><span class="z80M1 FeRvI" role="menuitem">Google Sites</span>
<span class="z80M1 FeRvI" role="menuitem">Report abuse</span>
</div></div></div></div></div></div></div>
<script nonce="r8Kx2">DOCS_timing['cov']=new Date().getTime();</script>
<script src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.en_GB.Rk1.O/am=MBiA/d=1/rs=AGEqA5k" id="base-js" nonce="r8Kx2"></script>
</body></html>`;
const agmMinutes: TestPage = {
  name: 'heldout487-google-sites-agm-minutes',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: gBody.filter((_, i) => !gHeads.includes(i)),
  bylines: ['Minutes taken by Ottilie Brandreth, Hon. Secretary.'],
  furniture: [
    'Skip to main content',
    'Skip to navigation',
    'Kestle Road Allotment Society',
    ...gNav.filter((n) => n !== 'Minutes' && n !== 'Plots'),
    'Kestle Road Allotment Society, The Trading Shed, Kestle Road, Wendham. Email kestleroad.allotments@example.org',
  ],
};

const wTitle = 'Plot holder FAQ';
const wIntro = 'Everything new growers ask us in their first season at Greenacre Growers, answered by the people who have been asked it most.';
const wFaq: (readonly [string, string[]])[] = [
  [
    'When can I start work on my plot?',
    ['As soon as you have signed the tenancy agreement and paid the first year’s rent. We will give you a gate key at the induction walk.'],
  ],
  [
    'Can I put up a shed or a greenhouse?',
    [
      j(
        'Yes, with permission. Sheds may be up to 1.8 by 1.2 metres and greenhouses up to 2.4 by 1.8 metres, one of each per full plot.',
        'Fill in the structures form and wait for the committee’s written reply before you build anything.',
      ),
      'Polytunnels are allowed on full plots only and must be no taller than 2.2 metres.',
    ],
  ],
  [
    'Where does the water come from?',
    [
      j(
        'There are six troughs across the site, filled from the mains between April and October. Please use a watering can from the',
        'troughs. Hoses and sprinklers are not allowed, and we ask everyone to collect rain from their shed roof.',
      ),
    ],
  ],
  [
    'Can I keep chickens or bees?',
    [
      j(
        'Chickens, no: the lease from the council does not allow livestock. Bees, yes, on the two hive stands by the orchard, if you',
        'have finished a beekeeping course and are a member of the county beekeepers’ association.',
      ),
    ],
  ],
  [
    'What happens if I cannot keep up with my plot?',
    [
      j(
        'Talk to us early. Most people go through a difficult season: illness, a new baby, a new job. We can give you extra time, help',
        'you find a plot partner or swap you to a half plot. We only start the non-cultivation process when we have heard nothing.',
      ),
    ],
  ],
];
const wNav = ['About', 'Plots', 'Events', 'Volunteer', 'FAQ'];
const wFoot = ['Greenacre Growers CIC', 'Unit 4, Tolley Street Gardens, Ashby Moor', 'Privacy', 'Terms'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.greenacregrowers.org" data-wf-page="65a1f0c2e4b7d3001a9f12c4" data-wf-site="65a1f0c2e4b7d3001a9f12a0" lang="en"><head>
<meta charset="utf-8">
<title>Plot holder FAQ | Greenacre Growers</title><meta content="Answers to the questions new plot holders ask most." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e4b7d3001a9f12a0/css/greenacre-growers.webflow.shared.5d1c2e8a.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"When can I start work on my plot?"}]}</script></head>
<body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65a1f0c2e4b7d3001a9f12a0/logo.svg"
loading="lazy" alt="Greenacre Growers logo" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (n) => `<a href="/${n.toLowerCase()}"
class="nav-link w-nav-link${n === 'FAQ' ? ' w--current' : ''}"${n === 'FAQ' ? ' aria-current="page"' : ''}>${n}</a>`,
  )
  .join('')}
<a href="/join" class="button nav-button w-button">Join the waiting list</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu">
</div></div></div></div>
<section class="section hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${wTitle}</h1>
<p class="paragraph-large">${wIntro}</p></div></section>
<section class="section faq-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="faq-wrapper">
${wFaq
  .map(
    ([q, a]) => `<div class="faq-item"><div data-w-id="3b1f${q.length}" class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://assets-global.website-files.com/65a1f0c2e4b7d3001a9f12a0/plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div class="faq-answer"><div class="faq-rich w-richtext">${a.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta-section"><div class="w-layout-blockcontainer container w-container"><div class="cta-block">
<h2 class="heading-m">Still have a question?</h2>
<p>Email the plots team and we will get back to you within a week.</p>
<a href="mailto:plots@greenacregrowers.org" class="button w-button">Email the plots team</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col">
${wFoot
  .slice(0, 2)
  .map((t) => `<div class="footer-text">${t}</div>`)
  .join('')}</div><div class="footer-col">
<div class="footer-heading">Get the monthly bulletin</div>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="footer-form" aria-label="Email Form">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div>
<div class="footer-col">${wFoot
  .slice(2)
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div></div>
<div class="footer-legal">© 2026 Greenacre Growers CIC. Company no. 12998410.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b7d3001a9f12a0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b7d3001a9f12a0/js/webflow.3c7c1f0b.js" type="text/javascript"></script></body></html>`;
const plotFaq: TestPage = {
  name: 'heldout487-webflow-plot-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wFaq.map(([q]) => q),
  body: texts([wIntro, ...wFaq.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((n) => n !== 'FAQ' && n !== 'Plots'),
    'Join the waiting list', 'Still have a question?', 'Email the plots team and we will get back to you within a week.', 'Email the plots team',
    ...wFoot, 'Get the monthly bulletin', '© 2026 Greenacre Growers CIC. Company no. 12998410.',
  ],
};

export const HELDOUT487_E: readonly TestPage[] = [agmMinutes, plotFaq];

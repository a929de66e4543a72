import { ps, type TestPage, texts } from './page-kit.js';
import { held, j, lis } from './pages-heldout677-kit.js';

/**
 * Held-out batch 677, file f: a first-hot-yoga-class guide on a studio chain's Next.js site (CSS-module class names, an offer
 * bar, a studio finder and __NEXT_DATA__), and a tennis elbow page of a small physiotherapy clinic in an old Dreamweaver table layout.
 */
const nTitle = 'Your first hot yoga class: what to bring and what to expect';
const nDek = 'The room is heated to 38°C. A little preparation makes the difference between loving it and counting the minutes.';
const nSecs: [string, string[]][] = [
  [
    'Before you arrive',
    [
      j(
        'Drink water steadily through the day rather than a litre in the car park. Eat lightly two or three hours before class:',
        'a full stomach and a forward fold in the heat are not friends.',
      ),
      j(
        'Book online and arrive 15 minutes early. Your teacher will want to know if you have any injuries, heart or blood pressure',
        'problems, or if you are pregnant.',
      ),
    ],
  ],
  [
    'What to bring',
    [
      'a mat, or hire one from us for £2',
      'a large towel to lay over your mat, and a small one for your face',
      'a water bottle of at least 750ml',
      'light clothes that you do not mind getting soaked',
    ],
  ],
  [
    'In the room',
    [
      j(
        'The first ten minutes are the hardest, while your body adjusts to the heat. Breathe through your nose, move slowly, and',
        'rest in child’s pose whenever you need to. Leaving the room is discouraged only because the change in temperature can make',
        'you dizzy; if you feel faint, lie down and raise a hand, and a teacher will come to you.',
      ),
      j(
        'Nobody expects you to do every pose on your first visit. Most people find the second class far easier than the first, and',
        'by the fourth the heat starts to feel good.',
      ),
    ],
  ],
];
const nNav = ['Studios', 'Timetable', 'Classes', 'Pricing', 'Journal'];
const nStudios = ['Kingsmere', 'Old Docks', 'Harlow Green'];
const nFoot = ['Careers', 'Gift cards', 'Privacy', 'Terms', 'Contact'];
const nSecHtml = nSecs
  .map(
    ([h, paras]) =>
      `<h2 class="RichText_h2__bN4cq">${h}</h2>\n${
        h === 'What to bring'
          ? `<ul
class="RichText_ul__x1Lq8">${lis(paras)}</ul>`
          : ps(paras, ' class="RichText_p__0aZ3m"')
      }`,
  )
  .join('\n');
const nData = JSON.stringify({
  props: { pageProps: { article: { title: nTitle, slug: 'first-hot-yoga-class', author: 'Teodora Lindqvist' } } },
  page: '/journal/[slug]',
  query: { slug: 'first-hot-yoga-class' },
  buildId: 'q8Z3vX1nRk2',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Your first hot yoga
class | Ember Hot Yoga</title>
<meta name="description" content="What to bring and what to expect from your first hot yoga class."><meta property="og:title" content="${nTitle}">
<link rel="canonical" href="https://www.emberhotyoga.com/journal/first-hot-yoga-class"><meta name="next-head-count" content="7">
<link rel="preload" href="/_next/static/css/4a8e1b2c3d5f6a7b.css" as="style"><link rel="stylesheet" href="/_next/static/css/4a8e1b2c3d5f6a7b.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person","name":"Teodora
Lindqvist"}}</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8b0f5e4a1c2d3e4f.js" defer=""></script><script src="/_next/static/chunks/pages/journal/%5Bslug%5D-2e7c9a1b.js"
defer=""></script></head>
<body><div id="__next"><div class="OfferBar_bar__7hTq2" role="region" aria-label="Offer"><p>New to Ember? 14 days unlimited for £29.
<a href="/intro">Claim offer</a></p></div>
<header class="Header_header__x7Yq2"><a class="Header_logo__Qm1aZ" href="/" aria-label="Ember Hot Yoga home"><svg viewBox="0 0 120 32"
aria-hidden="true"></svg></a>
<nav class="Header_nav__3kPq9" aria-label="Primary"><ul>${nNav
  .map(
    (t) => `<li><a class="Header_link__Lp0sd"
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<a class="Button_button__9fK2s Button_primary__Zq1bC" href="/book">Book a class</a><button class="Header_menuToggle__c2Vw1" aria-label="Open
menu"></button></header>
<main class="page_main__Kd9s1"><article class="Article_article__Q2x8L"><div class="Article_header__mN3o0"><p class="Article_eyebrow__8Jx2d">First timers</p>
<h1 class="Article_title__Rz5Tb">${nTitle}</h1><p class="Article_dek__vY7c1">${nDek}</p><div class="Article_meta__F0pQe"><span>Words by Teodora Lindqvist,
senior teacher</span>
<span>Updated 9 January 2026</span></div></div><div class="Article_hero__2oLsA"><span
style="box-sizing:border-box;display:block;overflow:hidden;position:relative">
<img alt="A heated studio before class" sizes="100vw" srcSet="/_next/image?url=%2Fimages%2Fstudio.jpg&amp;w=640&amp;q=75 640w,
/_next/image?url=%2Fimages%2Fstudio.jpg&amp;w=1920&amp;q=75 1920w"
src="/_next/image?url=%2Fimages%2Fstudio.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="responsive"
style="position:absolute;inset:0;width:100%;height:100%"></span></div>
<div class="Article_body__s8Zk4 RichText_richText__Ue1Wd">
${nSecHtml}
</div></article>
<aside class="StudioFinder_finder__h7Ww3"><h2 class="StudioFinder_title__9kQx1">Find your nearest studio</h2><ul>
${nStudios
  .map(
    (t) => `<li class="StudioFinder_item__pL2m0"><a
href="/studios/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></aside></main>
<footer class="Footer_footer__Zx8y1"><ul class="Footer_links__t3Hh5">${nFoot
  .map(
    (t) => `<li><a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul>
<p class="Footer_legal__Mn6u2">© 2026 Ember Hot Yoga Ltd. Registered in England No. 10482231.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = held({
  name: 'heldout677-nextjs-first-hot-yoga',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([h]) => h),
  body: [nDek, ...nSecs.flatMap(([, p]) => p)],
  bylines: ['Words by Teodora Lindqvist, senior teacher', 'Updated 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New to Ember? 14 days unlimited for £29. Claim offer', ...nNav, 'Book a class', 'First timers', 'Find your nearest studio', ...nStudios, ...nFoot,
    '© 2026 Ember Hot Yoga Ltd. Registered in England No. 10482231.',
  ],
});

const oTitle = 'Tennis Elbow (Lateral Epicondylalgia)';
const oSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Tennis elbow is pain on the outside of the elbow, where the tendons that lift the wrist attach to the bone. Despite the name,',
        'most of the people we see with it have never played tennis. It is common in people aged 35 to 55 who do a lot of gripping,',
        'lifting or mouse work.',
      ),
    ],
  ],
  [
    'Symptoms',
    [
      'pain on the outer elbow, sometimes spreading down the forearm',
      'pain when gripping, turning a door handle or lifting a kettle',
      'a weak grip, so that you drop things more easily',
    ],
  ],
  [
    'How we treat it',
    [
      j(
        'Tendon pain responds to the right amount of load. We will show you a programme of wrist and grip exercises that start easy',
        'and get harder over 8 to 12 weeks. Most patients also benefit from changing the way they grip tools or set up their desk.',
      ),
      j(
        'We may also use soft tissue massage, acupuncture or a forearm strap to settle the pain while the exercises take effect.',
        'Steroid injections can help in the short term but the pain often comes back, so we discuss these carefully.',
      ),
    ],
  ],
  [
    'How long will it take?',
    [
      j(
        'Tennis elbow can be stubborn. Most people are much better within three months, but some cases take up to a year. The',
        'sooner you start the right exercises, the better.',
      ),
    ],
  ],
];
const oLeft = ['Home', 'About the Clinic', 'Our Physiotherapists', 'Conditions We Treat', 'Fees', 'Find Us'];
const oConds = ['Back Pain', 'Neck Pain', 'Frozen Shoulder', 'Tennis Elbow', 'Knee Pain', 'Sports Injuries'];
const oSecHtml = oSecs
  .map(([h, paras]) => {
    const hh = h === '' ? '' : `<h3 class="subhead">${h}</h3>\n`;
    return h === 'Symptoms' ? `${hh}<ul class="bodytext">${lis(paras)}</ul>` : `${hh}${ps(paras, ' class="bodytext"')}`;
  })
  .join('\n');
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Tennis Elbow - Brampton Lane Physiotherapy Clinic, Kelsworth</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="physiotherapy, physio, Kelsworth, tennis elbow, sports injury, back pain"><link href="style.css" rel="stylesheet"
type="text/css">
<script type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); }}
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_contact_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Brampton Lane Physiotherapy Clinic" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#1F5F8B" class="topnav" height="26" align="right"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
<b>Appointments: 01632 960 418</b> &nbsp;|&nbsp; <a href="contact.htm" class="toplink">Contact Us</a>&nbsp;&nbsp;</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E6F0F5" class="leftnav"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oLeft.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '_')}.htm" class="navlink">${t}</a></td></tr>`).join('\n')}
<tr><td class="navcell"><img src="images/spacer.gif" width="1" height="10" alt=""><br><font size="1"><b>Conditions</b></font></td></tr>
${oConds.map((t) => `<tr><td class="subnavcell">&raquo; <a href="${t.toLowerCase().replace(/ /g, '_')}.htm" class="subnavlink">${t}</a></td></tr>`).join('\n')}
<tr><td><img src="images/csp_logo.gif" width="120" height="60" alt="Chartered Society of Physiotherapy member"></td></tr></table></td>
<td width="590" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a name="top"></a>
<h1 class="pagetitle">${oTitle}</h1>
${oSecHtml}
<p class="bodytext"><b>If you think you have tennis elbow, call us on 01632 960 418 to book an assessment. You do not need a referral from your GP.</b></p>
<p align="right"><a href="#top" class="smalllink">Back to top</a> | <a href="conditions_we_treat.htm" class="smalllink">Back to Conditions</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1F5F8B" height="40" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
Brampton Lane Physiotherapy Clinic, 14 Brampton Lane, Kelsworth KW3 8PL<br>&copy; Copyright 2009 Brampton Lane Physiotherapy. All rights reserved.<br>
Page last updated: 12/05/2009</font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));</script></body></html>`;
const tableLayout: TestPage = held({
  name: 'heldout677-table-layout-tennis-elbow',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([
    ...oSecs.flatMap(([, p]) => p),
    'If you think you have tennis elbow, call us on 01632 960 418 to book an assessment. You do not need a referral from your GP.',
  ]),
  bylines: ['Page last updated: 12/05/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Appointments: 01632 960 418 | Contact Us', ...oLeft, 'Conditions', ...oConds.map((t) => `» ${t}`), 'Back to top | Back to Conditions',
    'Brampton Lane Physiotherapy Clinic, 14 Brampton Lane, Kelsworth KW3 8PL', '© Copyright 2009 Brampton Lane Physiotherapy. All rights reserved.',
  ],
});

export const HELDOUT677_F: readonly TestPage[] = [nextjs, tableLayout];

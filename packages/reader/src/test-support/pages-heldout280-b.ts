import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';
import { publicInbox } from './pages-heldout280-b2.js';

/**
 * Held-out batch 280, file b: a Google Groups conversation in the current Groups web app (obfuscated class names, jsname
 * and jscontroller attributes, c-wiz roots, the Google bar with sign-in, the left rail, the group header, the subject h1,
 * three messages with sender, recipient line, date, a "Show quoted text" fold, the reply / forward menu, and the Usenet
 * notice) and, from file b2, a public-inbox message page.
 */
const gTitle = 'Queenless hive in March: combine or requeen?';
const gPosts = [
  [
    j(
      'I opened my second hive on Saturday, the first warm day we have had, and found no eggs and no young larvae at all.',
      'There is capped brood on two frames, a decent amount of stores, and the bees are calm but louder than usual when the',
      'roof comes off. I looked for the queen twice and could not find her.',
    ),
    j(
      'The colony is about five frames of bees, which is smaller than I would like for early March. My first hive is strong and',
      'already has drones in the brood. Should I combine the two with newspaper, or try to get a mated queen from a supplier?',
      'It seems early for either.',
    ),
  ],
  [
    j(
      'Before you do anything, put a frame of eggs from your strong hive into the weak one and look again in four days. If',
      'they start queen cells on it, they really are queenless. If they do not, there may be a virgin queen you missed, and',
      'she can be hard to spot because she is small and fast.',
    ),
    j(
      'If they are queenless, I would combine. A mated queen will not be easy to buy until late April round here, and a',
      'five-frame colony with no laying queen will be down to three frames by then. Combining now keeps the bees and the',
      'stores, and you can split again in May when you have drones flying and better weather for mating.',
    ),
  ],
  [
    j(
      'Thank you both. I put in the test frame on Sunday and looked this afternoon: three queen cells, all on the new frame,',
      'so they were queenless. I combined them over the strong hive this evening with a single sheet of newspaper and a few',
      'slits cut in it.',
    ),
    'I will check in a week that the paper is gone and then take the empty box away. The plan is to split in May as suggested.',
  ],
];
const gPeople = [
  ['Maud Fennimore', 'Mar 3, 2026, 6:40:12 PM'],
  ['Cyril Oakhanger', 'Mar 3, 2026, 9:05:47 PM'],
  ['Maud Fennimore', 'Mar 6, 2026, 7:22:03 PM'],
];
const gAttr = 'On Tue, Mar 3, 2026 at 9:05 PM Cyril Oakhanger wrote:';
const gQuote = j(
  'If they do not, there may be a virgin queen you missed, and she can be hard to spot because she is small and fast.',
  'If they are queenless, I would combine.',
);
const gRail = ['Conversations', 'About'];
const gRail2 = ['Send feedback to Google', 'Help', 'Privacy', 'Terms'];
const gMenu = ['Reply all', 'Reply to author', 'Forward'];
const post = (i: number, quote: string): string => {
  const [name, date] = gPeople[i] ?? [];
  return `<section class="HDNTCb" role="listitem" jscontroller="k2Bqvd" jsaction="rcuQ6b:npT2md" data-doc-id="9${i}41">
<div class="ePl6ke"><div class="s1f8Zd"><div class="LgTNRd"><h3 class="s1f8Zd"><span class="zX2W9c" jsname="IKbMEc">${name}</span></h3>
<div class="ELv6rc" jsname="fYKNfc">to harrow-valley-beekeepers</div></div><div class="zX2W9c"><span class="zX2W9c" jsname="SUVWte">${date}</span></div>
<div class="MKTtZd" jsname="pYPZ7b"><div role="button" class="U26fgb mUbCce" aria-label="More options"><span class="DPvwYc" aria-hidden="true"></span>
</div></div></div></div>
<div class="ptW7te" jsname="yjbDgc"><div class="ptW7te">${ps(gPosts[i] ?? [])}${quote}</div></div>
<div class="FVmLbd"><div role="button" class="U26fgb O0WRkf" jsname="fZ9Czb">${gMenu[0]}</div><div role="button" class="U26fgb O0WRkf"
jsname="Aqnyod">${gMenu[1]}</div><div role="button" class="U26fgb O0WRkf" jsname="Bjdxfc">${gMenu[2]}</div></div></section>`;
};
const gHtml = `<!doctype html><html lang="en" dir="ltr"><head><base href="https://groups.google.example/">
<meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="google" content="notranslate"><title>${gTitle}</title>
<meta property="og:title" content="${gTitle}"><meta property="og:description" content="I opened my second hive on Saturday">
<script nonce="Zk2a8">window.WIZ_global_data = {"DpimGf":false,"EP1ykd":["/_/*"],"FdrFJe":"-5102281877021391811","Im6cmf":"/g/_/GroupsFrontendUi"};</script>
<style nonce="Zk2a8">.gb_Ea{display:flex}.ptW7te{font-size:14px;line-height:20px}.zX2W9c{color:#5f6368}</style>
<script nonce="Zk2a8">AF_initDataCallback({key: 'ds:1', hash: '2', data:[["harrow-valley-beekeepers","Harrow Valley Beekeepers",null,3]]});</script>
</head><body jscontroller="Dsd9Hd" jsaction="rcuQ6b:npT2md" id="yDmH0d">
<div class="MCcOAc IqBfM e2G3Fb EWZcud" id="ow9"><header class="gb_Ea gb_2a gb_Ed" role="banner"><div class="gb_Ac"><a class="gb_wd" href="/"
aria-label="Groups"><span class="gb_5d">Groups</span></a></div><div class="gb_Re"><form class="gb_Oe" role="search"><input class="gb_Vf"
aria-label="Search conversations within harrow-valley-beekeepers" placeholder="Search conversations within harrow-valley-beekeepers"></form></div>
<div class="gb_de"><a class="gb_ke" aria-label="Google apps" href="#" role="button"></a><a class="gb_Aa gb_Hd" href="/accounts/ServiceLogin">Sign in</a>
</div></header>
<div class="dwXEyc"><div class="bXZY2b">Google Groups no longer supports new Usenet posts or subscriptions. Historical content remains viewable.</div>
<div role="button" class="U26fgb" jsname="TLwmre">Dismiss</div></div>
<c-wiz jsrenderer="Z1a9ue" class="zQTmif SSPGKf eejsDc" jsdata="deferred-i1" data-p="%.@.]" jsmodel="hc6Ubd" data-node-index="0;0">
<div class="oSioSc" role="navigation"><div class="Ttvbee"><a class="GcVcmc" href="/g/harrow-valley-beekeepers"><span class="p4ZFId">Harrow Valley
Beekeepers</span></a></div><ul class="zWuuXe">${links(gRail, 'pYTkkf-Bz112c-M1Soyc')}</ul><ul class="XMn2Hb">${links(gRail2, 'Nj62De')}</ul></div>
<main class="yuCY7" role="main"><c-wiz jsrenderer="dDTbDf" class="AXsaPe" data-node-index="1;0"><div class="FrAUGd"><a href="/g/harrow-valley-beekeepers"
class="TmSsHe" aria-label="Back to conversations"></a>
<h1 class="KPwZRb gKR4Fb">${gTitle}</h1><div class="UvE3f"><span class="kUxTXb">3 views</span></div></div>
<div class="RObrQe"><a href="#" class="snByac" jsname="Yfu4yd">Skip to first unread message</a></div>
<div role="list" class="ptW7te gVUVFb" jsname="P7CMle">
${post(0, '')}
${post(1, '')}
${post(
  2,
  `<div class="LgTNRd yrOPkc" jsname="MzF0ne"><div role="button" class="ZGwOvd" aria-expanded="false">Show quoted text</div>
<div class="ZGwOvd Tq8Cgd" style="display:none"><div class="gmail_attr">${gAttr}<br></div>
<blockquote class="gmail_quote">${gQuote}</blockquote></div></div>`,
)}
</div><div class="kLxDMb"><div role="button" class="U26fgb JRtysb" jsname="r8qRAd">Reply all</div><div role="button" class="U26fgb"
jsname="o9SD3b">Reply to author</div><div role="button" class="U26fgb" jsname="rgQ2Xe">Forward</div></div></c-wiz></main></c-wiz></div>
<script nonce="Zk2a8">AF_initDataCallback({key: 'ds:4', hash: '5', data:[[null,"${gTitle}",3,0]], sideChannel: {}});</script>
<script id="wiz_jd" nonce="Zk2a8">if (window['_wjdc']) {const wjd = {}; window['_wjdc'](wjd); }</script></body></html>`;
const googleGroups: TestPage = {
  name: 'heldout280-google-groups-conversation-forum',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gPosts.flat()),
  bylines: ['Maud Fennimore', 'Mar 3, 2026, 6:40:12 PM', 'Cyril Oakhanger', 'Mar 3, 2026, 9:05:47 PM', 'Mar 6, 2026, 7:22:03 PM'],
  furniture: [
    'Groups',
    'Sign in',
    'Google Groups no longer supports new Usenet posts or subscriptions. Historical content remains viewable.',
    'Dismiss',
    'Harrow Valley Beekeepers',
    ...gRail,
    ...gRail2,
    '3 views',
    'Skip to first unread message',
    'to harrow-valley-beekeepers',
    ...gMenu,
    'Show quoted text',
    gAttr,
    gQuote,
  ],
};

export const HELDOUT280_B: readonly TestPage[] = [googleGroups, publicInbox];

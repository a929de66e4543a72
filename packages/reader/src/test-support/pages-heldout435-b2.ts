import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file b2: a Women's Institute-style branch page on the new Google Sites (obfuscated class names,
 * skip links, site name and nav in the header, banner section with the h1, text boxes in grid sections, an embedded
 * calendar, a contact button, and the floating Google Sites footer with Report abuse / Page details): a short page.
 */
const wTitle = 'About Our Branch';
const wHeads = ['When we meet', 'What to expect'];
const wP1 = [
  j(
    'Ashby Parva Women&rsquo;s Guild was founded in 1937 by a group of farmers&rsquo; wives who wanted a reason to meet',
    'away from the kitchen table. Today we are thirty-one members aged from 24 to 91, and we still meet in the same village',
    'hall, although the tea urn has been replaced twice.',
  ),
  j(
    'We are part of the Leyfield County Federation of Guilds, which means members can also go to county events, courses',
    'at the federation&rsquo;s residential college and the annual meeting in the spring.',
  ),
];
const wP2 = [
  j(
    'Meetings are on the second Monday of each month at 7.30pm in Ashby Parva Village Hall, Church Lane. There is no',
    'meeting in August. Visitors are welcome to come to two meetings before deciding whether to join, for a small',
    'contribution towards the speaker.',
  ),
];
const wP3 = [
  j(
    'Each meeting has a speaker or a demonstration, followed by tea, cake and a short business half-hour. Recent evenings',
    'have included a talk on the history of Leyfield&rsquo;s lace industry, a hands-on session making willow stars, and a',
    'very competitive quiz against the guild from Nether Coton.',
  ),
  j(
    'Between meetings we run a book group, a walking group on alternate Fridays and a craft circle that knits blankets for',
    'the neonatal unit at Leyfield General. None of these are compulsory; plenty of members simply come for the talks.',
  ),
];
const gp = (t: string): string => `<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">${t}</span></p>`;
const wNav = ['Home', 'About Our Branch', 'Programme', 'Photo Gallery', 'Join', 'Contact'];
const wHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><meta property="og:title"
content="Ashby Parva Women's Guild - About Our Branch">
<meta property="og:type" content="website"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://sites.google.example/view/ashbyparvaguild/about-our-branch">
<title>Ashby Parva Women's Guild - About Our Branch</title>
<script nonce="a8kD3">window.WIZ_global_data = {"FdrFJe":"-3028816624108542851","Im6cmf":"/_/atari/_/","cfb2h":"atari.sites-fe_20251103.02_p1",
"eptZe":"/_/atari/_/"};</script>
<style nonce="a8kD3">.zfr3Q{font-family:"Lato";font-size:12pt}.duRjpb{font-size:34pt}.C9DxTc{font-weight:normal}</style></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;">
<div class="Xpil1b"></div><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hUphyc"><div class="BuY5Fd" jsaction="click:lV1ulc;"></div>
<div class="TxnWlb"><a class="wNbgke" href="#h.p_main" jsname="T0hHmf">Skip to main content</a><a class="wNbgke" href="#navigation">Skip to navigation</a></div>
<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi">
<div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/view/ashbyparvaguild/home"><span
class="QTKDff">Ashby Parva
Women's Guild</span></a></div>
<nav class="plFg0c" id="navigation" jscontroller="HXO1uc"><ul class="jYxBte Fpy8Db" tabindex="-1">
${wNav
  .map(
    (t) => `<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf lhZOrc"><div class="I35ICb"><a class="aJHbb dk90Ob
hDrhEe HlqNPb" jsname="QwLHlb" data-level="1" href="/view/ashbyparvaguild/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div></div></li>`,
  )
  .join('\n')}
</ul></nav><div class="RBEWZc"><div class="DQgR6c" role="button" aria-label="Search this site"><span class="vu8Pwe">Search this site</span></div></div>
</div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.INITIAL_GRID.a1" class="yaqOZd LB7kq nyKByd"><div class="IFuOkc"
style="background-image: url(https://lh3.googleusercontent.example/hall=w16383);"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"
tabindex="-1">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.p_main"
class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc">
<h1 id="h.p_title" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style=""><span class="C9DxTc ">${wTitle}</span></h1></div></div></div></div></div></div></div></div>
</section>
<section id="h.a2" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div
class="hJDwNd-AhqUyc-OiUrBf Ft7HRd-AhqUyc-OiUrBf
JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.b1"
class="hJDwNd-AhqUyc-OiUrBf jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb">
<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
${wP1.map(gp).join('\n')}
<h2 id="h.p_meet" dir="ltr" class="CDt4Ke zfr3Q OmQG5e " style=""><span class="C9DxTc ">${wHeads[0]}</span></h2>
${wP2.map(gp).join('\n')}
<h2 id="h.p_expect" dir="ltr" class="CDt4Ke zfr3Q OmQG5e " style=""><span class="C9DxTc ">${wHeads[1]}</span></h2>
${wP3.map(gp).join('\n')}
</div></div></div></div><div class="oKdM2c ZZyype"><div id="h.b2" class="hJDwNd-AhqUyc-c5RTEf jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb">
<div class="w536ob" data-embed-doc-id="cal-ashby" data-embed-download-url="" data-code="" data-embed-open-url=""><div class="YMEQtf"><iframe
src="https://calendar.google.example/calendar/embed?src=ashbyguild" title="Guild Calendar" width="100%" height="420"></iframe></div>
<div class="p8Qd2"><span class="PJQhrf">Guild Calendar</span></div></div></div></div></div>
<div class="oKdM2c ZZyype"><div id="h.b3" class="hJDwNd-AhqUyc-c5RTEf jXK9ad D2fZ2 zu5uec"><div class="jXK9ad-SmKAyb"><div class="FKF6mc TpQm9d"
jscontroller="VXdfxd">
<a class="FKF6mc TpQm9d QmpIrf" href="mailto:secretary@ashbyguild.example" role="button"><div
class="NsaAfc"><p>Email the Secretary</p></div></a></div></div></div></div>
</div></div></div></div></section></div>
<div class="Xpil1b xgQ6eb"></div><div jsname="Pu8Gn" class="dZA9kd ynRLnc" data-last-updated-at-time="1762800000000" data-is-preview="false">
<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" aria-label="Site actions"><span class="DPvwYc" aria-hidden="true"></span></div>
<div class="JPdR6b hVNH5c" jscontroller="uY3Nvd"><div class="XvhY1d"><div class="JAPqpe K0NPx"><span class="z80M1 FeRvI"><div class="aBBjbd MbhUzd"></div>
<span class="jO7h3c">Google Sites</span></span><span class="z80M1 FeRvI"><span class="jO7h3c">Report abuse</span></span><span class="z80M1 FeRvI"><span
class="jO7h3c">Page details</span></span><span class="z80M1 FeRvI"><span class="jO7h3c">Page updated</span></span></div></div></div></div>
<div class="TZ3fqd"><div class="LqzjUe znIWoc">This site uses cookies from Google to deliver its services and to analyze traffic.</div><div class="hATVGe"><a
class="c9hcmb" href="https://policies.google.example/technologies/cookies">Learn more</a><button class="PhLMef">Got it</button></div></div>
</div></div></div><script nonce="a8kD3">_F_installCss(".zfr3Q{}");</script></body></html>`;
export const wiSites: TestPage = {
  name: 'heldout435-google-sites-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wP1, ...wP2, ...wP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', "Ashby Parva Women's Guild", ...wNav.filter((t) => t !== wTitle), 'Search this site', 'Guild Calendar',
    'Email the Secretary', 'Google Sites', 'Report abuse', 'Page details', 'Page updated',
    'This site uses cookies from Google to deliver its services and to analyze traffic.', 'Learn more', 'Got it',
  ],
};

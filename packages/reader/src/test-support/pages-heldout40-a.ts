import type { TestPage } from './page-kit.js';
import { answerOverflow } from './pages-heldout40-a2.js';

/**
 * Held-out batch 40, file a: an X (Twitter) thread by one author as the logged-out web app renders it (react-native-web
 * markup with its atomic classes, data-testid="tweet" articles, the focal post with its full timestamp and view count, the
 * author's own follow-up posts, replies from others and one reply back from the author, emoji as images, action groups with
 * counts, a link card, the "New to X?" and "Relevant people" asides, the footer nav, the cookie layer, the logged-out bottom
 * bar and the noscript error page).
 */
type Post = { name: string; handle: string; time: string; iso: string; text: string; emoji?: string; counts: string[]; card?: string };
const xName = 'Mara Quint';
const xHandle = '@maraquint';
const xTitle = 'I spent six weeks timing how fast rain reaches the storm drains on my street.';
const xFirst = 'Here is what a cheap rain gauge, a stopwatch and far too much patience taught me.';
const xThread = [
  'First surprise: the drains did not fill in the order I expected. The one at the bottom of the hill, which everyone assumes floods ' +
    'first, was nearly always the last to run full.',
  'The reason is leaves. The three drains under the plane trees on Calder Road were half blocked by mid-October, so water backed up ' +
    'there within eight minutes of heavy rain. The open drain downhill took almost twenty.',
  'I logged 31 storms. In 19 of them the blocked drains overflowed before my gauge passed 10 mm. In the storms after the council ' +
    'sweeper came through, not one did.',
  'So the cheapest flood defence on our street is not a bigger pipe. It is a rake and a rota. Four neighbours and I now clear the ' +
    'grates every Sunday morning from October to December, and it takes about fifteen minutes.',
  'If you want to try this on your own street, a gauge from the garden centre, a phone stopwatch and a notebook are plenty. Note when ' +
    'the rain starts, when each drain begins to pond and when it clears. My log template is below, copy it freely.',
  'Thanks to everyone who stood in the rain with me, especially Mrs Okafor at number 14, who timed the top drain from her window ' + 'with a kitchen timer.',
];
const xReplies: Post[] = [
  {
    name: 'Deji Adewale',
    handle: '@dejiadew',
    time: 'Mar 8',
    iso: '2025-03-08T10:02:11.000Z',
    counts: ['2', '', '87', '3.4K'],
    text:
      'This is brilliant. Our residents’ association has been asking the council for a new drain for two years, and I now suspect we ' +
      'only need to look after the one we already have.',
  },
  {
    name: 'Hollis Fenn',
    handle: '@hfenn_civils',
    time: 'Mar 8',
    iso: '2025-03-08T11:40:52.000Z',
    counts: ['1', '22', '416', '9.8K'],
    text:
      'Civil engineer here. This matches what we see on site surveys. A grate that is a third covered can lose well over half its ' +
      'capacity, because leaves collect exactly where the water is trying to get in.',
  },
  {
    name: xName,
    handle: xHandle,
    time: 'Mar 8',
    iso: '2025-03-08T12:05:30.000Z',
    counts: ['', '3', '158', '4.1K'],
    text: 'That is a really useful number, thank you. It would explain why the change after the sweeper came was so sudden rather than gradual.',
  },
  {
    name: 'Priya Lall',
    handle: '@priyalall_',
    time: 'Mar 9',
    iso: '2025-03-09T07:18:04.000Z',
    counts: ['1', '', '29', '1.6K'],
    text: 'Did you see any difference between the old round grates and the newer slotted ones?',
  },
  {
    name: xName,
    handle: xHandle,
    time: 'Mar 9',
    iso: '2025-03-09T08:31:47.000Z',
    counts: ['', '', '44', '1.9K'],
    text:
      'If anything the slotted ones clogged faster, since a wet leaf lies flat across the slots. But that is two drains out of nine, so ' +
      'I would not bet much on it.',
  },
];
const xThreadCounts = [
  ['6', '41', '388', '22K'],
  ['9', '57', '512', '21K'],
  ['4', '88', '903', '20K'],
  ['11', '120', '1.4K', '20K'],
  ['3', '34', '401', '18K'],
  ['5', '9', '622', '17K'],
];
const xSpan = (t: string): string => `<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${t}</span>`;
const xGroup = (c: string[], n: number): string => {
  const labels = ['Reply', 'Repost', 'Like', 'View post analytics'];
  const ids = ['reply', 'retweet', 'like', 'analytics'];
  return `<div aria-label="${c[0] || 0} replies, ${c[1] || 0} reposts, ${c[2]} likes, ${c[3]} views" role="group" id="id__g${n}"
class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4">${c
    .map(
      (v, i) => `<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="${v} ${labels[i]}" role="button"
class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="${ids[i]}" type="button"><div dir="ltr"
class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q"
style="color: rgb(83, 100, 113);"><div class="css-175oi2r r-xoduu5"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9 r-yyyyoo
r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd r-1xvli5t r-1hdv0qi"><g><path d="M1.751 10c0-4.42 3.584-8 8.005-8h4.366c4.49 0 8.129 3.64 8.129 8.13"></path>
</g></svg></div><div class="css-175oi2r r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container" style="transition-property:
transform; transition-duration: 0.3s; transform: translate3d(0px, 0px, 0px);">${v === '' ? '' : xSpan(xSpan(v))}</span></div></div></button></div>`,
    )
    .join('')}<div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-label="Bookmark" role="button" data-testid="bookmark"
class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" type="button"></button></div><div class="css-175oi2r"><button
aria-label="Share post" aria-haspopup="menu" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l"
type="button"></button></div></div>`;
};
const xUser = (p: Post, n: number, focal: boolean): string => `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l" id="id__u${n}"
data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a
href="/${p.handle.slice(1)}" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div dir="ltr" class="css-146c3p1 r-bcqeeo
r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q" style="color: rgb(15, 20, 25);">${xSpan(xSpan(p.name))}
</div></a></div></div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div
class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${p.handle.slice(1)}" role="link" tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs
r-1ny4l3l r-1loqt21"><div dir="ltr" class="css-146c3p1 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6
r-rjixqe r-16dba41 r-18u37iz r-1wvb978" style="color: rgb(83, 100, 113);">${xSpan(p.handle)}</div></a></div>${
  focal
    ? ''
    : `<div dir="ltr" aria-hidden="true" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1q142lx
r-n7gxbd" style="color: rgb(83, 100, 113);">${xSpan('·')}</div><div class="css-175oi2r r-18u37iz r-1q142lx"><a href="/${p.handle.slice(1)}/status/
18982${n}4410921" dir="ltr" aria-label="${p.time}" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe
r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21" style="color: rgb(83, 100, 113);"><time datetime="${p.iso}">${p.time}</time>
</a></div>`
}</div></div></div>`;
const xArticle = (p: Post, n: number, focal = false): string => `<div class="css-175oi2r" data-testid="cellInnerDiv" style="transform:
translateY(${n * 212}px); position: absolute; width: 100%;"><div class="css-175oi2r r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l"><div
class="css-175oi2r"><article aria-labelledby="id__u${n} id__t${n} id__g${n}" role="article" tabindex="-1" class="css-175oi2r r-18u37iz
r-1udh08x r-i023vh r-1qhn6m8 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox
r-1wbh5a2"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy"><div class="css-175oi2r"
data-testid="Tweet-User-Avatar"><a href="/${p.handle.slice(1)}" aria-hidden="true" role="link" tabindex="-1"><img alt="" draggable="true"
src="https://pbs.twimg.com/profile_images/17${n}0392/${p.handle.slice(1)}_normal.jpg" class="css-9pa8cd"></a></div></div><div
class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu">${xUser(p, n, focal)}<div dir="auto" lang="en" data-testid="tweetText" id="id__t${n}"
class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-${focal ? '1inkyih' : 'a023e6'} r-16dba41 r-bnwqim r-135wba7" style="color: rgb(15, 20, 25);"
>${xSpan(p.text)}${
  p.emoji
    ? `<img alt="${p.emoji}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/1f9f5.svg" title="Thread" class="r-4qtqp9 r-dflpy8
r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl">`
    : ''
}</div>${
  p.card
    ? `<div class="css-175oi2r r-9aw3ui r-1s2bzr4"><div class="css-175oi2r" data-testid="card.wrapper"><div class="css-175oi2r"
data-testid="card.layoutLarge.media"><a href="https://t.co/Qm3vD0rK2p" rel="noopener noreferrer nofollow" target="_blank" role="link"
class="css-175oi2r r-1adg3ll r-1udh08x"><img alt="" draggable="true" src="https://pbs.twimg.com/card_img/1898/drainlog.jpg" class="css-9pa8cd">
<div class="css-175oi2r r-1awozwy r-k200y r-loe9s5 r-pm2fo r-1dpl46z r-z80fyv r-633pao"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0
r-poiln3">${p.card}</span></div></a></div></div></div>`
    : ''
}${
  focal
    ? `<div class="css-175oi2r r-12kyg2d"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2 r-1471scf"><a href="/maraquint/status/1898204419"
dir="ltr" aria-describedby="id__views" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5
r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><time datetime="${p.iso}">${p.time}</time></a><div dir="ltr" aria-hidden="true"
class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1q142lx r-s1qlax">${xSpan('·')}</div><span id="id__views"
class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${xSpan('48.3K')}</span> ${xSpan('Views')}</div></div>`
    : ''
}${xGroup(p.counts, n)}</div></div></div></article></div></div></div>`;
const xMe = (text: string, n: number, extra: Partial<Post> = {}): Post => ({
  name: xName,
  handle: xHandle,
  time: 'Mar 8',
  iso: `2025-03-08T09:${15 + n}:00.000Z`,
  text,
  counts: xThreadCounts[n]!,
  ...extra,
});
const xPosts = [
  ...xThread.map((t, i) => xArticle(xMe(t, i, i === 4 ? { card: 'From docs.google.com' } : {}), i + 1)),
  ...xReplies.map((p, i) => xArticle(p, i + 7)),
].join('\n');
const xFocal: Post = { ...xMe(`${xTitle}\n\n${xFirst}`, 0), time: '9:14 AM · Mar 8, 2025', iso: '2025-03-08T09:14:00.000Z', emoji: '🧵' };
xFocal.counts = ['214', '1.2K', '6.1K', '2.4K'];
const xFoot = ['Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Accessibility', 'Ads info'];
const xHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover">
<link rel="preconnect" href="//abs.twimg.com"><link rel="preconnect" href="//api.x.com"><link rel="preconnect" href="//pbs.twimg.com">
<meta property="og:site_name" content="X (formerly Twitter)"><meta property="og:title" content="${xName} (${xHandle}) on X">
<meta property="og:description" content="${xTitle} ${xFirst}"><meta name="twitter:site" content="@X">
<title>${xName} on X: "${xTitle}\n\n${xFirst} 🧵" / X</title>
<style>html{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:rgba(0,0,0,0)}body{margin:0}
button::-moz-focus-inner,input::-moz-focus-inner{border:0;padding:0}</style>
<style id="react-native-stylesheet">[stylesheet-group="0"]{}body{margin:0;}.css-175oi2r{align-items:stretch;border:0 solid black;box-sizing:border-box;
display:flex;flex-basis:auto;flex-direction:column;flex-shrink:0;list-style:none;margin:0px;min-height:0px;min-width:0px;padding:0px;position:relative;
z-index:0;}.css-146c3p1{background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;color:rgba(0,0,0,1.00);display:inline;
font:14px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;}.r-4qtqp9{display:inline-block;}.r-1udh08x{overflow:hidden;}</style>
<script nonce="NzQ5ZjA1">window.__SCRIPTS_LOADED__ = {};window.__INITIAL_STATE__={"optimist":[],"entities":{"tweets":{"entities":{}}},"devices":{},
"featureSwitch":{"defaultConfig":{"responsive_web_grok_share_attachment_enabled":{"value":true}}},"session":{"language":"en","guestId":"174136201"}};</script>
</head><body style="background-color: #FFFFFF;">
<noscript><form action="https://x.com/x/migrate" method="post"><input type="hidden" name="tok" value="e30="><div class="errorContainer">
<img width="46" height="38" src="https://abs.twimg.com/errors/logo46x38.png" alt="X"><h1>JavaScript is not available.</h1>
<p>We’ve detected that JavaScript is disabled in this browser. Please enable JavaScript or switch to a supported browser to continue using x.com.
You can see a list of supported browsers in our Help Center.</p><p class="errorFooter"><a
href="https://help.x.com/using-x/x-supported-browsers">Help Center</a></p>
<p class="errorFooter"><a href="https://x.com/tos">Terms of Service</a> <a href="https://x.com/privacy">Privacy Policy</a>
<a href="https://support.x.com/articles/20170514">Cookie Policy</a> <a href="https://legal.x.com/imprint.html">Imprint</a> <a
href="https://business.x.com/en/help/troubleshooting/how-twitter-ads-work.html">Ads info</a> © 2025 X Corp.</p></div></form></noscript>
<div id="react-root" style="height:100%;display:flex;"><div class="css-175oi2r r-13awgt0 r-12vffkv"><div class="css-175oi2r r-13awgt0"><div
aria-hidden="true" class="css-175oi2r r-1p0dtai r-1d2f490 r-1xcajam r-zchlnj r-ipm5af" id="layers"><div class="css-175oi2r r-aqfbo4 r-zchlnj
r-1xcajam r-ipm5af"><div class="css-175oi2r r-1awozwy r-j2cz3j r-1kihuf0 r-1jbjj2y r-18u37iz r-h3s6tt" data-testid="BottomBar"><div
class="css-175oi2r r-1awozwy r-1777fci"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-b88u0q">Don’t miss what’s happening</span>
<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">People on X are the first to know.</span></div><div class="css-175oi2r r-18u37iz">
<a href="/login" role="link" data-testid="login" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr">${xSpan('Log in')}</a><a
href="/i/flow/signup" role="link" data-testid="signup" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr">${xSpan('Sign up')}</a></div></div>
<div class="css-175oi2r r-1ets6dv r-1wbh5a2" data-testid="cookieBar" role="dialog" aria-labelledby="cookie-title"><h2 id="cookie-title"
class="css-146c3p1 r-bcqeeo r-1ttztb7">Did someone say … cookies?</h2><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0">X and its
partners use cookies to provide you with a better, safer and faster service and to support our business. Some cookies are necessary to use our
services, improve our services, and make sure they work properly. <a href="https://help.x.com/rules-and-policies/x-cookies">Show more about your
choices</a>.</div><button role="button" type="button" class="css-175oi2r r-sdzlij r-1phboty">${xSpan('Accept all cookies')}</button><button
role="button" type="button" class="css-175oi2r r-sdzlij r-1phboty">${xSpan('Refuse non-essential cookies')}</button></div></div></div>
<div class="css-175oi2r r-1f2l425 r-13qz1uu r-417010 r-18u37iz"><header role="banner" class="css-175oi2r r-lrvibr r-1g40b8q r-obd0qt r-16y2uox">
<div class="css-175oi2r r-1habvwh"><h1 role="heading" class="css-146c3p1 r-bcqeeo r-1ttztb7"><a href="/" aria-label="X" role="link"
class="css-175oi2r r-1habvwh r-1loqt21"><svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-dnmrzs r-bnwqim"><g>
<path d="M21.742 21.75l-7.563-11.179 7.056-8.321h-2.456l-5.691 6.714-4.54-6.714H2.359l7.29 10.776L2.25 21.75h2.456l6.035-7.118"></path></g></svg></a>
</h1></div></header><main role="main" class="css-175oi2r r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-150rngu r-16y2uox r-1wbh5a2 r-113js5t">
<div class="css-175oi2r r-aqfbo4 r-gtdqiz r-1gn8etr r-1g40b8q"><div class="css-175oi2r r-1e5uvyk r-6026j"><div class="css-175oi2r r-18u37iz
r-1e084wi r-1h3ijdo"><button aria-label="Back" role="button" data-testid="app-bar-back" class="css-175oi2r r-sdzlij r-1phboty"></button><h2
dir="ltr" aria-level="2" role="heading" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-adyw6z r-135wba7 r-b88u0q">${xSpan('Post')}</h2>
</div></div></div><section aria-labelledby="accessible-list-0" role="region" class="css-175oi2r"><h1 dir="ltr" aria-level="1" role="heading"
class="css-146c3p1 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h" id="accessible-list-0">Conversation</h1><div
aria-label="Timeline: Conversation" class="css-175oi2r"><div style="position: relative; min-height: 2760px;">
${xArticle(xFocal, 0, true)}
${xPosts}
</div></div></section></div></main><div class="css-175oi2r r-aqfbo4 r-1l8l4mf r-1hycxz" data-testid="sidebarColumn"><div class="css-175oi2r
r-1adg3ll r-1jx8gzb"><aside aria-label="Sign up" role="complementary" class="css-175oi2r r-1ifxtd0 r-1phboty r-rs99b7"><h2 dir="ltr"
aria-level="2" role="heading" class="css-146c3p1 r-bcqeeo r-1ttztb7">${xSpan('New to X?')}</h2><div dir="ltr" class="css-146c3p1 r-bcqeeo">
${xSpan('Sign up now to get your own personalized timeline!')}</div><iframe src="https://accounts.google.com/gsi/button?theme=outline&amp;size=large"
title="Sign in with Google Button" style="display: block; position: relative; top: 0px; left: 0px; height: 44px; width: 300px; border: 0px;"></iframe>
<button role="button" data-testid="apple_sign_in_button" class="css-175oi2r r-sdzlij r-1phboty">${xSpan('Sign up with Apple')}</button><a
href="/i/flow/signup" role="link" data-testid="signupButton" class="css-175oi2r r-sdzlij r-1phboty">${xSpan('Create account')}</a><div dir="ltr"
class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-n6v787">By signing up, you agree to the <a href="https://x.com/tos">Terms of Service</a>
and <a href="https://x.com/privacy">Privacy Policy</a>, including <a href="https://help.x.com/rules-and-policies/twitter-cookies">Cookie Use.</a>
</div></aside><aside aria-label="Relevant people" role="complementary" class="css-175oi2r r-1ifxtd0 r-1phboty r-rs99b7"><h2 dir="ltr"
aria-level="2" role="heading" class="css-146c3p1 r-bcqeeo r-1ttztb7">${xSpan('Relevant people')}</h2><button role="button" data-testid="UserCell"
class="css-175oi2r r-1mmae3n r-3pj75a r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1iusvr4 r-16y2uox">${xSpan(xName)}
${xSpan(xHandle)}<div class="css-175oi2r r-1awozwy r-6koalj"><a href="/maraquint" role="button" data-testid="1898follow"
class="css-175oi2r r-sdzlij r-1phboty">${xSpan('Follow')}</a></div><div dir="auto" class="css-146c3p1 r-bcqeeo r-1ttztb7">${xSpan(
  'Hydrologist turned schoolteacher. Counting raindrops for fun. Views my own.',
)}</div></div></button></aside><nav aria-label="Footer" role="navigation" class="css-175oi2r r-18u37iz r-1w6e6rj r-ymttw5 r-1f1sjgu">
${xFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" dir="ltr" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7">${xSpan(t)}</a>`).join('\n')}
<button aria-label="More" role="button" class="css-175oi2r r-1777fci"><div dir="ltr" class="css-146c3p1 r-bcqeeo">${xSpan('More')}</div></button>
<div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0">${xSpan('© 2025 X Corp.')}</div></nav></div></div></div></div></div></div>
<script type="text/javascript" charset="utf-8" nonce="NzQ5ZjA1" src="https://abs.twimg.com/responsive-web/client-web/main.8c2f0a7a.js"></script>
</body></html>`;
const xThreadPage: TestPage = {
  html: xHtml,
  name: 'heldout40-x-thread',
  kind: 'forum',
  // the post has no title of its own: the first line of the first post is the title, and the rest of that post is the first body
  // text; the author's six follow-up posts and the five replies (two of them the author's answers) are body, in page order; names,
  // handles, the focal post's full timestamp and the replies' "Mar 8" / "Mar 9" are bylines (the relevant-people card repeats the
  // author's name and handle: listed once); the action counts, "48.3K" / "Views", the link card's domain line, the "Post" bar,
  // the hidden "Conversation" heading, the sign-up aside, the bio, "Follow", the footer nav, the cookie layer, the bottom bar
  // and the noscript error page are furniture; the thread emoji is an image (no text); the "·" separators are in neither list;
  // the one-digit counts are kept (the body writes its small numbers as words), the focal post's "2.4K" is its bookmark count
  title: xTitle,
  headings: [],
  body: [xFirst, ...xThread, ...xReplies.map((p) => p.text)],
  bylines: [
    xName,
    xHandle,
    '9:14 AM · Mar 8, 2025',
    'Mar 8',
    'Deji Adewale',
    '@dejiadew',
    'Hollis Fenn',
    '@hfenn_civils',
    'Priya Lall',
    '@priyalall_',
    'Mar 9',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '214', '1.2K', '6.1K', '2.4K', '48.3K', '6', '9', '4', '11', '3', '5', '2', '1', '22', 'Views',
    '41', '388', '22K', '57', '512', '21K', '88', '903', '20K', '120', '1.4K', '401', '18K', '622', '17K',
    '87', '3.4K', '416', '9.8K', '158', '4.1K', '29', '1.6K', '44', '1.9K', 'From docs.google.com', 'Post', 'Conversation',
    'Don’t miss what’s happening', 'People on X are the first to know.', 'Log in', 'Sign up', 'Did someone say … cookies?',
    'X and its partners use cookies to provide you with a better, safer and faster service and to support our business.',
    'Show more about your choices', 'Accept all cookies', 'Refuse non-essential cookies', 'New to X?', 'Sign up now to get your own personalized timeline!',
    'Sign up with Apple', 'Create account', 'By signing up, you agree to the Terms of Service and Privacy Policy, including Cookie Use.',
    'Relevant people', 'Follow', 'Hydrologist turned schoolteacher. Counting raindrops for fun. Views my own.', ...xFoot, 'More', '© 2025 X Corp.',
    'JavaScript is not available.', 'We’ve detected that JavaScript is disabled in this browser.', 'Help Center', 'Imprint',
  ],
};

export const HELDOUT40_A: readonly TestPage[] = [xThreadPage, answerOverflow];

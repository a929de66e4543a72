import { links, type TestPage, texts } from './page-kit.js';
import { elementorCookies } from './pages-heldout339-c2.js';
import { j } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file c: an app's data safety page on Google Play (the store's obfuscated class names, top bar with the
 * media tabs, the app chip with its developer name, the data-safety sections whose data types sit in expandable rows with
 * their purposes, the "See details" links, the store footer and the hidden consent and sign-in texts), a data page whose main
 * text is short; and, from file c2, a WordPress cookie policy built with Elementor around a Cookiebot declaration.
 */
const title = 'Data safety';
const intro = [
  j(
    'Safety starts with understanding how developers collect and share your data. Data privacy and security practices may vary based on',
    'your use, region and age. The developer provided this information and may update it over time.',
  ),
];
const h1 = 'Data shared';
const sharedLead = ['Data that may be shared with other companies or organisations'];
const shared: [string, string, string][] = [
  ['Location', 'Approximate location', 'Analytics, Advertising or marketing'],
  ['App info and performance', 'Crash logs and Diagnostics', 'Analytics'],
];
const h2 = 'Data collected';
const collectedLead = ['Data that this app may collect'];
const collected: [string, string, string][] = [
  ['Location', 'Approximate location and Precise location', 'App functionality, Analytics, Personalisation'],
  ['Personal info', 'Email address', 'Account management, Developer communications'],
  ['App activity', 'App interactions and Other user-generated content', 'App functionality, Analytics'],
  ['Device or other IDs', 'Device or other IDs', 'Advertising or marketing, Fraud prevention, security and compliance'],
];
const h3 = 'Security practices';
const security: [string, string][] = [
  ['Data is encrypted in transit', 'Your data is transferred over a secure connection'],
  ['You can request that data be deleted', 'The developer provides a way for you to request that your data be deleted'],
  [
    'Committed to follow the Play Families Policy',
    'The developer has committed to follow the Play Families Policy for this app, which applies to apps for children',
  ],
];
const note = [
  j(
    'Puddlecast uses your precise location only while the radar screen is open, to show rain arriving at your street. Saved places stay',
    'on your device unless you sign in to sync them.',
  ),
];
const row = ([cat, types, why]: [string, string, string], n: number): string => `<div class="Mf2Txd" jscontroller="Ry9Xlb" jsaction="click:kLZ1ge"
role="button" tabindex="0" aria-expanded="false" data-row="${n}"><div class="aFEzEb"><i class="google-material-icons notranslate eFkGgc"
aria-hidden="true">location_on</i></div><div class="qcjsbb"><h3 class="aFEzEb">${cat}</h3><div class="FnWDne">${types}</div></div>
<div class="fozKzd">${why}</div></div>`;
const sec = ([a, b]: [string, string]): string => `<div class="XgPdwe"><div class="ivTO9c"><h3 class="aFEzEb">${a}</h3>
<div class="fozKzd">${b}</div></div></div>`;
const tabs = ['Games', 'Apps', 'Movies & TV', 'Books', 'Kids'];
const f1 = ['Play Pass', 'Play Points', 'Gift cards', 'Redeem', 'Refund policy'];
const f2 = ['Parent guide', 'Family sharing'];
const f3 = ['Terms of Service', 'Privacy', 'About Google Play', 'Developers', 'Google Store'];
const html = `<!doctype html><html lang="en-GB" dir="ltr"><head><base href="https://play.google.example/">
<meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Puddlecast Weather – Data safety – Apps on Google Play</title>
<meta name="description" content="Learn how Puddlecast Weather collects and shares your data."><meta property="og:title" content="Puddlecast Weather">
<link rel="canonical" href="https://play.google.example/store/apps/datasafety?id=app.puddlecast.weather&amp;hl=en_GB">
<script nonce="x9Zq">window['_wjdc'] = function (d) {window['_wjdd'] = d};</script>
<script nonce="x9Zq">AF_initDataCallback({key: 'ds:4', hash: '7', data:[["app.puddlecast.weather",7],null,[["Puddlecast Weather"]]], sideChannel: {}});</script>
<link href="https://fonts.googleapis.example/css2?family=Google+Sans:wght@400;500;700&amp;display=swap" rel="stylesheet" nonce="x9Zq">
<style nonce="x9Zq">.Mf2Txd{display:flex;padding:16px 0}.aFEzEb{font-size:1rem}</style></head>
<body jscontroller="pjICDe" jsaction="rcuQ6b:npT2md; click:FAbpgf; auxclick:FAbpgf" data-iw="1280" data-ih="720">
<div id="yDmH0d" class="MUxGbd"><c-wiz jsrenderer="eJsRDd" class="SSPGKf Czez9d" jsdata="deferred-i1" data-p="%.@.[]]" jsmodel="hc6Ubd" view>
<header class="FBSzbb" jscontroller="VGDgg"><div class="zmd6bf"><a class="f0UV3d" href="/store/games" aria-label="Google Play logo"><span
class="Y1DfUb">Google Play</span></a>
<nav class="oXqTKc" role="navigation"><ul class="yqfEob">${links(tabs, 'YUQ9Dd')}</ul></nav>
<div class="VfPpkd-Bz112c"><button class="VfPpkd-Bz112c-LgbsSe" aria-label="Search Google Play"></button>
<button class="VfPpkd-Bz112c-LgbsSe" aria-label="Help centre"></button><a class="gb_A" aria-label="Sign in" href="/signin">Sign in</a></div></div></header>
<div class="kFwPee" role="main"><div class="tU8Y5c"><div class="Zk5u4e"><a class="Qfxief" href="/store/apps/details?id=app.puddlecast.weather">
<img src="https://play-lh.googleusercontent.example/pc-icon=s64" class="T75of cN0oRe fFmL2e" alt="Icon image" aria-hidden="true">
<div class="ylijCc"><div class="sMUprd"><span class="Fd93Bb">Puddlecast Weather</span></div><div class="aPZM9e">Puddlecast Labs</div></div></a></div>
<div class="Tr8pAc"><h1 class="sMUprd"><span class="ylijCc">${title}</span></h1>
<div class="ZJZ4he">${intro[0]}</div>
<div class="wGcURe"><h2 class="q1rIdc">${h1}</h2><div class="XgPdwe">${sharedLead[0]}</div>
${shared.map(row).join('\n')}</div>
<div class="wGcURe"><h2 class="q1rIdc">${h2}</h2><div class="XgPdwe">${collectedLead[0]}</div>
${collected.map(row).join('\n')}</div>
<div class="wGcURe"><h2 class="q1rIdc">${h3}</h2>
${security.map(sec).join('\n')}</div>
<div class="rvcIdb"><div class="ZJZ4he">${note[0]}</div></div>
<div class="K5Ixl"><a class="WpHeLc VfPpkd-mRLv6 VfPpkd-RLmnJb" href="https://puddlecast.example/privacy" target="_blank" aria-label="See details">See
details</a><span>For more information about collected and shared data, see the developer’s privacy policy</span></div></div></div></div>
<footer class="IIbJwd"><nav class="F8Ecsc"><div class="ADrmeb"><h3 class="UEJEeb">Google Play</h3><ul>${links(f1)}</ul></div>
<div class="ADrmeb"><h3 class="UEJEeb">Kids &amp; family</h3><ul>${links(f2)}</ul></div></nav>
<div class="zgnM7b"><ul class="ExIb6d">${links(f3)}</ul><div class="ieKCRd">All prices include VAT.</div>
<button class="fmKBQb" jsaction="click:Z3E5mc">United Kingdom (English (United Kingdom))</button></div></footer></c-wiz></div>
<div class="VfPpkd-cnG4Wd" role="alertdialog" aria-hidden="true" data-consent="1"><div class="TBAFzd">Before you continue to Google</div>
<div class="KHc5ve">We use cookies and data to deliver and maintain Google services.</div></div>
<script nonce="x9Zq">AF_initDataCallback({key: 'ds:9', hash: '3', data:[null,[[["Location",["Approximate location"]]]]], sideChannel: {}});</script>
</body></html>`;
const playDataSafety: TestPage = {
  name: 'heldout339-google-play-data-safety',
  kind: 'docs',
  html,
  title,
  headings: [h1, ...shared.map((r) => r[0]), h2, ...collected.map((r) => r[0]), h3, ...security.map((r) => r[0])],
  body: texts([
    ...intro,
    ...sharedLead,
    ...shared.flatMap((r) => [r[1], r[2]]),
    ...collectedLead,
    ...collected.flatMap((r) => [r[1], r[2]]),
    ...security.map((r) => r[1]),
    ...note,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Play', ...tabs, 'Sign in', 'Puddlecast Weather', 'Puddlecast Labs', 'location_on', 'See details',
    'For more information about collected and shared data, see the developer’s privacy policy', ...f1, 'Kids & family', ...f2, ...f3,
    'All prices include VAT.', 'United Kingdom (English (United Kingdom))', 'Before you continue to Google',
    'We use cookies and data to deliver and maintain Google services.',
  ],
};

export const HELDOUT339_C: readonly TestPage[] = [playDataSafety, elementorCookies];

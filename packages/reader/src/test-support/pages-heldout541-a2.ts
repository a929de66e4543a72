import { type TestPage, texts } from './page-kit.js';
import { j, lis, mk } from './pages-heldout541-kit.js';

/** Held-out batch 541, file a2: a paintball site's safety briefing on Wix (split from file a to keep files short). */
const wTitle = 'Safety Briefing: Read Before You Play';
const wDek = 'Every player hears this briefing from a marshal before the first game. Reading it at home means you will know what to expect.';
const wSecs: { h: string; paras: string[]; list?: string[] }[] = [
  {
    h: 'Masks stay on',
    paras: [
      j(
        'Your mask goes on before you leave the safe zone and stays on until you are back inside it, with the gate shut behind you.',
        'This is the one rule we never bend. A paintball at close range can cause serious eye injury, and the woods are full of stray shots',
        'that bounce off trees and netting.',
      ),
      j(
        'If your mask fogs up, do not lift it. Raise your hand, shout "mask" and walk to the nearest marshal, who will lead you back to the',
        'safe zone to clean it. The same goes for a mask that has been hit and is covered in paint.',
      ),
    ],
    list: [
      'Never lift your mask in the playing area, even for a second.',
      'If your strap snaps, cover your face with both hands and call a marshal.',
      'Glasses can be worn under our full-face masks; tell us at sign-in and we will find a larger size.',
    ],
  },
  {
    h: 'Markers and barrel socks',
    paras: [
      j(
        'Your marker (we do not call them guns) must have its barrel sock on and the safety catch engaged whenever you are outside the',
        'playing area. Never point a marker at anyone who is not in a game, and never fire at wildlife, marshals or the farm buildings.',
      ),
      j(
        'Our markers are chronographed every morning to shoot below 280 feet per second. Tampering with a marker, or bringing your own',
        'without having it checked at the chrono station, will get you sent off for the day without a refund.',
      ),
    ],
  },
  {
    h: 'Minimum distance',
    paras: [
      j(
        'Do not shoot anyone who is closer than five metres. If you surprise another player at close range, call "surrender" instead.',
        'They are out and must walk back to the respawn point with their marker held above their head. Players on all fields must also',
        'respect the surrender call when it is made to them.',
      ),
    ],
  },
  {
    h: 'When you are hit',
    paras: [
      j(
        'A hit is any paintball that breaks and leaves a mark the size of a coin or larger. Raise your marker above your head, shout "hit"',
        'and walk out by the shortest safe route. Do not wipe paint off to stay in the game; marshals check, and wiping gets the whole',
        'team a penalty.',
      ),
      j('Players on their way out are not targets. If you are shot after calling hit, stay calm and tell a marshal rather than arguing.'),
    ],
  },
  {
    h: 'Marshals and the whistle',
    paras: [
      j(
        'Our marshals wear orange bibs and carry a whistle. One long blast means stop: every player lowers their marker, puts the safety',
        'on and stays where they are until told otherwise. We use it for injuries, lost masks and visitors on the footpath that crosses',
        'the top of the Quarry field.',
      ),
      j(
        'Three short blasts mean the game is over. Walk back to the safe zone, put your barrel sock on at the gate and hand over any',
        'paint you have left in your pockets if you are not playing again.',
      ),
    ],
  },
  {
    h: 'Clothing, weather and your health',
    paras: [
      j(
        'Wear old clothes that cover your arms and legs, and boots with good grip: the woods are muddy for most of the year. We supply',
        'overalls, gloves and a chest protector for every player aged 11 to 15.',
      ),
      j(
        'Tell us at sign-in about any medical condition that might affect you while running, including asthma, heart trouble or a recent',
        'injury. Bring your inhaler to the field in a zipped pocket. Drink water between games; the canteen refills bottles for free.',
      ),
      j('Games stop in thunderstorms and high winds. If we have to close the woods we will move you into the Barn arena or offer you a', 'new date.'),
    ],
  },
];
const wBodyHtml = wSecs
  .map(
    (s) => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${s.h}</span></h2>
${s.paras.map((p) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`).join('\n')}${
  s.list === undefined
    ? ''
    : `\n<ul class="font_8 wixui-rich-text__text">${lis(
        s.list.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
        'wixui-rich-text__text',
      )}</ul>`
}`,
  )
  .join('\n');
const wNav = ['Home', 'Prices', 'Kids Parties', 'Stag & Hen', 'Safety', 'FAQs', 'Find Us'];
const wFoot = ['Redmire Woods Paintball', 'Redmire Lane, Holbeck Ridge, HR4 9TT', '01632 960772', 'hello@redmirewoods.co.uk'];
const wMenu = wNav
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item" data-testid="menuItemWrapper"><a data-testid="linkElement" href="https://www.redmirewoods.co.uk/${t
        .toLowerCase()
        .replace(
          /[^a-z]+/g,
          '-',
        )}" class="UiHgGh" aria-haspopup="false"><div class="itemContent"><p class="label">${t.replace('&', '&amp;')}</p></div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Safety Briefing | Redmire Woods Paintball</title>
<meta name="description" content="Read the Redmire Woods Paintball safety briefing before your visit.">
<meta property="og:site_name" content="Redmire Woods Paintball">
<link rel="canonical" href="https://www.redmirewoods.co.uk/safety">
<script type="application/json"
id="wix-viewer-model">{"site":{"metaSiteId":"3f0c2a9e-6b1d-4c5e-9a77-0d2f1e8b4c61","isResponsive":false},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:61,155,53;--shd:none;}.font_0{font:normal normal bold 48px/1.2 'bebas neue',sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" aria-label="top of page"></div>
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="SkipToContentButton" tabindex="0">Skip to Main Content</button>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-kq1x8r0c" class="comp-kq1x8r0c wixui-image"><a href="https://www.redmirewoods.co.uk" data-testid="linkElement">
<img src="https://static.wixstatic.com/media/a61e2c_redmire_logo.png/v1/fill/w_180,h_72/logo.png" alt="Redmire Woods Paintball logo"></a></div>
<nav id="comp-kq1x9dc3" aria-label="Site" class="comp-kq1x9dc3 wixui-horizontal-menu"><ul class="ItemDepth0" data-testid="menuItemsWrapper">${wMenu}
<li class="wixui-horizontal-menu__item" data-testid="menuItemWrapper" aria-hidden="true" style="visibility:hidden"><a data-testid="linkElement">
<div class="itemContent">
<p class="label">More</p></div></a></li></ul></nav>
<div id="comp-kq1xb2e7" class="comp-kq1xb2e7 wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="https://www.redmirewoods.co.uk/book-online" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book a Game</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="P0dCOY">
<section id="comp-lx3k8q1b" class="comp-lx3k8q1b wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lx3k8q2a" class="comp-lx3k8q2a wixui-column-strip__column">
<div data-testid="inline-content" class=""><div data-mesh-id="comp-lx3k8q2ainlineContent" data-testid="mesh-container-content">
<div id="comp-lx3k9a2" class="HcOXKn SxM0TO QxJLC3 comp-lx3k9a2 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lx3k9f7" class="HcOXKn SxM0TO QxJLC3 comp-lx3k9f7 wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">${wDek}</span></p></div>
<div id="comp-lx3ka04" class="comp-lx3ka04 wixui-video"><div data-testid="video-player">
<iframe title="External YouTube" src="https://www.youtube.com/embed/x0RmW3dBq2c"
allowfullscreen></iframe></div></div>
<div id="comp-lx3ka0m" class="HcOXKn SxM0TO QxJLC3 comp-lx3ka0m wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Watch: head marshal Cal Ferris walks through the briefing (4 min)</span></p></div>
<div id="comp-lx3kb11" class="HcOXKn SxM0TO QxJLC3 comp-lx3kb11 wixui-rich-text" data-testid="richTextElement">
${wBodyHtml}
</div>
<div id="comp-lx3kc9d" class="comp-lx3kc9d wixui-button"><a data-testid="linkElement" href="https://www.redmirewoods.co.uk/_files/ugd/a61e2c_briefing.pdf"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Download the briefing (PDF)</span></a></div>
</div></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1">
<div id="comp-kq1y3c8a" class="HcOXKn comp-kq1y3c8a wixui-rich-text" data-testid="richTextElement">
${wFoot.map((t) => `<p class="font_9 wixui-rich-text__text">${t}</p>`).join('\n')}</div>
<div id="comp-kq1y4e1" class="comp-kq1y4e1 wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/redmirewoods" target="_blank">
<img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"></a></li></ul></div>
<div id="comp-kq1y5h2" class="HcOXKn comp-kq1y5h2 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">© 2026 by Redmire Woods Paintball.
Proudly created with Wix.com</p></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div role="region" aria-label="Cookie banner" class="_3qYwv">
<p data-hook="ccsu-banner-text">This website uses cookies. By using the site, you agree to our use of cookies. <a href="/cookie-policy">Learn more</a></p>
<button data-hook="ccsu-banner-decline-all">Decline all</button><button data-hook="ccsu-banner-settings">Settings</button>
<button data-hook="ccsu-banner-accept-all">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4b2f1e2c.bundle.min.js" async></script></body></html>`;
const wixPaintball: TestPage = mk({
  name: 'heldout541-paintball-safety-wix',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map((s) => s.h),
  body: texts([wDek, ...wSecs.flatMap((s) => [...s.paras, ...(s.list ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...wNav, 'Book a Game', 'Watch: head marshal Cal Ferris walks through the briefing (4 min)', 'Download the briefing (PDF)',
    ...wFoot, '© 2026 by Redmire Woods Paintball. Proudly created with Wix.com',
    'This website uses cookies. By using the site, you agree to our use of cookies. Learn more', 'Decline all', 'Settings', 'Accept',
  ],
});

export const HELDOUT541_A2: readonly TestPage[] = [wixPaintball];

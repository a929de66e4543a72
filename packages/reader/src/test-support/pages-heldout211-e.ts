import { links, ps, type TestPage, texts } from './page-kit.js';
import { resetera } from './pages-heldout211-e2.js';

/**
 * Held-out batch 211, file e: a game studio's patch-notes post on its Webflow site (the Finsweet cookie banner, the w-nav
 * navbar with the hidden mobile menu button and the "Wishlist on Steam" button, "Back to News", the category pill and date,
 * the hero image, the w-richtext body with h2 and h3 sections and lists, the "Share this post" row, the Discord call-out,
 * the "More news" collection list with dates, the newsletter form with Webflow's hidden success and error messages and the
 * footer) and, from file e2, a ResetEra thread.
 */
const pnTitle = 'Cinderward Patch 1.4.2: The Ember Vault, co-op fixes and a kinder Warden';
const pnIntro = [
  'Patch 1.4.2 is rolling out now on Steam and will reach consoles later this week once certification is done. It adds a new ' +
    'optional area, the Ember Vault, and fixes the co-op desync that a lot of you have been reporting since 1.4.0. Thank you ' +
    'to everyone who sent in logs through the bug form; they made finding it much faster.',
  'As always, your saves carry over and there is nothing you need to do before updating.',
];
const pnH1 = 'New content';
const pnL1 = [
  'The Ember Vault, a short optional area unlocked after defeating the Ash Matron. It has three new enemy types and a relic ' +
    'that changes how your dash works.',
  'Four new relics, including the Coalheart, which stores unused stamina as a shield.',
  'A new Warden ending line for players who finish a run without using a single heal.',
];
const pnH2 = 'Balance changes';
const pnH2a = 'Weapons';
const pnL2a = [
  'Twin Hooks: base damage increased from 14 to 16.',
  'Bellhammer: charged attack startup reduced by 6 frames.',
  'Splinter Bow: arrows no longer pierce shielded enemies.',
];
const pnH2b = 'Enemies and bosses';
const pnL2b = [
  'The Warden: the third-phase grab can now be dodged through, and its tell is slightly longer.',
  'Soot Hounds now spawn in packs of two instead of three on the first floor.',
  'Ash Matron: reduced health by 8% in single player. Co-op health is unchanged.',
];
const pnH3 = 'Bug fixes';
const pnL3 = [
  'Fixed a co-op desync where the guest would see enemies in different positions after a floor transition.',
  'Fixed the Coalheart relic description showing the wrong shield value.',
  'Fixed a crash when opening the map during the Warden’s second phase.',
  'Fixed controller vibration continuing after returning to the main menu.',
  'Fixed several typos in the Codex.',
];
const pnH4 = 'Known issues';
const pnP4 = [
  'On some AMD cards, the Ember Vault’s lava can flicker at very high frame rates. Capping the frame rate at 144 in the options ' +
    'avoids it while we work on a fix.',
  'If anything else goes wrong after the update, let us know in the #bug-reports channel on Discord and include your save ' +
    'file if you can. See you in the Vault.',
];
const pnNav = ['Games', 'News', 'About', 'Careers', 'Press Kit'];
const pnMore = [
  { date: 'October 30, 2025', title: 'Cinderward 1.4: The Ash Matron arrives' },
  { date: 'October 2, 2025', title: 'Dev diary: designing a boss that fights back' },
  { date: 'September 12, 2025', title: 'Cinderward is coming to consoles' },
];
const pnCookie = [
  'We use cookies to understand how you use our site and to improve your experience. You can change your preferences at any time.',
  'Accept',
  'Deny',
  'Preferences',
];
const pnDiscord = ['Join our Discord', 'Report bugs, share your runs and chat with the team.', 'Join the server'];
const pnNews = [
  'Get news from the forge',
  'Patch notes, dev diaries and the occasional cat picture. No spam.',
  'Thank you! Your submission has been received!',
  'Oops! Something went wrong while submitting the form.',
];
const pnFoot = ['Steam', 'Discord', 'YouTube', 'Bluesky', 'Privacy Policy', 'Press Kit'];
const pnUl = (a: readonly string[]): string => `<ul role="list">${a.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const pnHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="66a1f0c2b7e4d9a3c1f0e812" data-wf-site="66a1f0c2b7e4d9a3c1f0e7f0" lang="en"><head><meta charset="utf-8">
<title>Cinderward Patch 1.4.2: The Ember Vault, co-op fixes and a kinder Warden | Halfmoon Forge</title>
<meta content="${pnIntro[1]}" name="description"><meta content="${pnTitle}" property="og:title"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/66a1f0c2/css/halfmoon-forge.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">${pnCookie[0]}</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">${pnCookie[1]}</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">${pnCookie[2]}</a>
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">${pnCookie[3]}</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/66a1f0c2/logo.svg" alt="Halfmoon Forge"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${pnNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="https://store.steampowered.example/app/1904410" class="button-steam w-button">Wishlist on Steam</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post"><div class="container-post w-container"><a href="/news" class="back-link">← Back to News</a>
<div class="post-meta"><div class="category-pill">Patch Notes</div><div class="post-date">November 18, 2025</div></div>
<h1 class="heading-post">${pnTitle}</h1><img src="https://cdn.prod.website-files.example/66a1f0c2/ember-vault-key-art.jpg" alt="" class="post-hero-image">
<div class="rich-text-post w-richtext">
${ps(pnIntro)}
<h2>${pnH1}</h2>${pnUl(pnL1)}
<h2>${pnH2}</h2><h3>${pnH2a}</h3>${pnUl(pnL2a)}<h3>${pnH2b}</h3>${pnUl(pnL2b)}
<h2>${pnH3}</h2>${pnUl(pnL3)}
<h2>${pnH4}</h2>${ps(pnP4)}
</div>
<div class="share-wrapper"><div class="share-label">Share this post</div><a href="#" class="share-link w-inline-block">X</a>
<a href="#" class="share-link w-inline-block">Facebook</a><a href="#" class="share-link w-inline-block">Reddit</a></div>
<div class="discord-cta"><h3 class="discord-heading">${pnDiscord[0]}</h3><p class="discord-text">${pnDiscord[1]}</p>
<a href="https://discord.example/halfmoonforge" class="button-discord w-button">${pnDiscord[2]}</a></div></div></div>
<div class="section-more-news"><div class="w-container"><h2 class="heading-more">More news</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">
${pnMore
  .map(
    (m) => `<div role="listitem" class="w-dyn-item"><a href="/news/${m.date.replace(/[ ,]+/g, '-')}" class="news-card w-inline-block">
<div class="news-card-date">${m.date}</div><h3 class="news-card-title">${m.title}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-newsletter"><h3>${pnNews[0]}</h3><p>${pnNews[1]}</p>
<div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get"><input class="w-input" maxlength="256" name="email"
placeholder="Your email" type="email" required=""><input type="submit" value="Subscribe" class="w-button"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>${pnNews[2]}</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>${pnNews[3]}</div></div></div></div>
<div class="footer-links">${links(pnFoot, 'footer-link-item')}</div><div
class="footer-copyright">© 2025 Halfmoon Forge. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/66a1f0c2/js/webflow.a7c1b2.js" type="text/javascript"></script></body></html>`;
const patchNotes: TestPage = {
  html: pnHtml,
  name: 'heldout211-studio-patch-notes',
  kind: 'news',
  // the h2 and h3 section headings are the headings; the category pill and "Back to News" are furniture, the date a byline
  title: pnTitle,
  headings: [pnH1, pnH2, pnH2a, pnH2b, pnH3, pnH4],
  body: texts([...pnIntro, ...pnL1, ...pnL2a, ...pnL2b, ...pnL3, ...pnP4]),
  bylines: ['November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pnCookie, ...pnNav, 'Wishlist on Steam', '← Back to News', 'Patch Notes', 'Share this post', 'X', 'Facebook', 'Reddit', ...pnDiscord,
    'More news', ...pnMore.flatMap((m) => [m.date, m.title]), ...pnNews, ...pnFoot, '© 2025 Halfmoon Forge. All rights reserved.',
  ],
};

export const HELDOUT211_E: readonly TestPage[] = [patchNotes, resetera];

import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file d: a single entry on a Headway public changelog page (brand header, "All updates" link, category
 * labels, date, the reaction widget, subscribe box, "Latest updates" rail and the "Powered by Headway" footer) and a
 * JetBrains-style "What's New" page built with the Rescui classes (site header, product sub-navigation with the Download
 * button, hero with the release date, per-feature sections with screenshots and captions, a "Learn more" promo, the
 * newsletter form, cookie banner and footer).
 */
const hwTitle = 'Shared inboxes now support assignment rules';
const hwBody = [
  j(
    'You can now route incoming conversations in a shared inbox automatically. Open <strong>Inbox settings › Assignment rules</strong>,',
    'pick a condition, and choose who should get the conversation.',
  ),
  'Rules can match on:',
  'the sender’s email domain, for example every message from a key customer;',
  'words in the subject line, such as “invoice” or “refund”;',
  'the language the message is written in;',
  'the time of day it arrives, so evening messages go to the team in the next time zone.',
  j(
    'Rules run from top to bottom and the first match wins. If nothing matches, the conversation stays unassigned, exactly as before.',
    'Round-robin assignment is available as an action, and it skips teammates who have set themselves to away.',
  ),
  j('Assignment rules are included in the Team and Business plans. On the Starter plan you can create one rule per inbox to try', 'the feature out.'),
  'As always, reply to this update or write to the support team if something does not behave the way you expect.',
];
const hwLatest = ['Faster search across archived conversations', 'Snooze reminders now sync with your calendar', 'New: saved replies with variables'];
const hwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hwTitle} | Parcelwing Changelog</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${hwTitle}">
<meta property="og:description" content="You can now route incoming conversations in a shared inbox automatically.">
<meta property="og:image" content="https://headway-cdn.example/accounts/parcelwing/og.png"><link rel="stylesheet" href="/assets/changelog-3e9a1c.css">
<script>window.HW_config={account:"xY81kJ",selector:".changelog-widget",trigger:".hw-badge"};</script></head>
<body class="changelog show"><div class="bodyWrapper"><header class="header"><div class="container">
<a class="logo" href="https://parcelwing.example"><img src="https://headway-cdn.example/accounts/parcelwing/logo.png" alt="Parcelwing"></a>
<nav class="headerLinks"><a href="https://parcelwing.example" class="headerLink">Back to Parcelwing</a>
<a href="/parcelwing-changelog/subscribe" class="headerLink headerLink--subscribe">Subscribe to updates</a></nav></div></header>
<div class="container"><div class="backLink"><a href="/parcelwing-changelog">← All updates</a></div>
<div class="changelogItem published" id="announcement-418227"><div class="changelogItem__header">
<span class="category new" style="background-color:#3aa76d">New</span> <span class="category improvement" style="background-color:#4b6be0">Improvement</span>
<time class="changelogItem__date" datetime="2026-03-05">March 5, 2026</time></div>
<h1 class="changelogItem__title">${hwTitle}</h1>
<div class="changelogText">
${ps(hwBody.slice(0, 2))}
<ul>${hwBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(hwBody.slice(6))}
<figure><img src="https://headway-cdn.example/accounts/parcelwing/rules.png" alt=""><figcaption>The rule editor in Inbox settings.</figcaption></figure>
</div>
<div class="reactions"><span class="reactions__label">How do you like this update?</span>
<button class="reaction" data-reaction="love">😍</button><button class="reaction" data-reaction="meh">😐</button>
<button class="reaction" data-reaction="sad">😞</button></div></div>
<aside class="subscribeBox"><h3>Never miss an update</h3><p>Get an email when we ship something new. No more than one a week.</p>
<form><input type="email" placeholder="you@company.com"><button type="submit">Subscribe</button></form></aside>
<aside class="latestUpdates"><h3>Latest updates</h3><ul>${links(hwLatest, 'latestUpdates__item')}</ul></aside></div>
<footer class="footer"><a href="https://headwayapp.example/?ref=parcelwing" class="poweredBy" target="_blank">Powered by Headway</a></footer></div>
<script src="https://cdn.headwayapp.example/widget.js" async></script></body></html>`;
const headway: TestPage = {
  name: 'heldout360-headway-changelog-entry-blog',
  kind: 'blog',
  html: hwHtml,
  title: hwTitle,
  headings: [],
  body: texts(hwBody),
  bylines: ['March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to Parcelwing', 'Subscribe to updates', '← All updates', 'New', 'Improvement', 'The rule editor in Inbox settings.', 'How do you like this update?',
    'Never miss an update', 'Get an email when we ship something new. No more than one a week.', 'Subscribe', 'Latest updates', ...hwLatest,
    'Powered by Headway',
  ],
};

const jbTitle = 'What’s New in Cobalt 2026.1';
const jbLead = [
  j(
    'Cobalt 2026.1 brings a rebuilt debugger for async code, project-wide refactorings that understand your build files, and a',
    'remote development mode that starts in seconds. Here are the highlights.',
  ),
];
const jbSections: readonly [string, readonly [string, string[]][]][] = [
  [
    'Debugger',
    [
      [
        'Async stack traces that make sense',
        [
          j(
            'When execution stops inside a coroutine, the Frames view now shows the chain of awaits that led there, not the event loop',
            'internals. Frames from libraries are folded by default, and you can unfold them with one click.',
          ),
          'Breakpoints can be limited to a single task, so a busy server no longer stops on every request when you only care about one.',
        ],
      ],
      [
        'Inline values for collections',
        [
          j(
            'Lists, maps and sets show their size and first few elements right next to the variable in the editor. Hover over the hint to',
            'expand it into a small tree without opening the Variables view.',
          ),
        ],
      ],
    ],
  ],
  [
    'Refactorings',
    [
      [
        'Move module across build targets',
        [
          j(
            'Moving a module to another target now updates the build files, the import statements and the test configuration in one step.',
            'A preview lists every file that will change, and the whole refactoring can be undone as a single action.',
          ),
        ],
      ],
      [
        'Safe delete for configuration keys',
        ['Cobalt warns you before you delete a key that is still read somewhere in the code, including keys built from string templates.'],
      ],
    ],
  ],
  [
    'Remote development',
    [
      [
        'Faster connection to remote machines',
        [
          j(
            'The backend is now downloaded once per machine and reused between projects. In our tests the first connection to a fresh',
            'cloud machine dropped from about 90 seconds to 25, and later connections open in under five.',
          ),
          'Port forwarding is set up automatically when a process on the remote machine starts listening on a port.',
        ],
      ],
    ],
  ],
];
const jbNote = [
  j(
    'Cobalt 2026.1 requires 64-bit operating systems. Compatibility with macOS 12 ends with this release; version 2025.3 remains available',
    'for those machines and will receive security fixes until the end of the year.',
  ),
];
const jbHeader = ['AI', 'Developer Tools', 'Team Tools', 'Education', 'Solutions', 'Support', 'Store'];
const jbSub = ['Coming in 2026.2', 'What’s New', 'Features', 'Resources', 'Pricing', 'Download'];
const jbCaps = ['The folded async call chain in the Frames view', 'Previewing a module move across two build targets'];
const jbFoot = ['Privacy & Security', 'Terms of Use', 'Legal', 'Genuine tools', 'Company', 'Contacts', 'Careers'];
const jbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What’s New in Cobalt 2026.1</title>
<meta name="description" content="Cobalt 2026.1 brings a rebuilt debugger for async code and project-wide refactorings.">
<meta property="og:site_name" content="Lodewick Software"><meta property="og:type" content="website"><link rel="preload" as="font"
href="/fonts/Inter.woff2" crossorigin>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Cobalt","softwareVersion":"2026.1",
"operatingSystem":"Windows, macOS, Linux","applicationCategory":"DeveloperApplication"}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:"page_view",product:"cobalt",release:"2026.1"});</script></head>
<body class="theme-light"><div id="__next"><div class="page _product-cobalt"><div id="js-menu-second-desktop" class="_wt-menu-main">
<header class="_wt-header" data-test="site-header"><a href="/" class="_wt-header__logo"
aria-label="Lodewick Software: Developer Tools for Professionals and Teams"></a>
<nav class="_wt-header__nav"><ul>${links(jbHeader, '_wt-header__menu-item')}</ul></nav></header></div>
<div class="menu-second _theme-dark" data-test="menu-second"><div class="wt-container"><div class="menu-second__title rs-h3">Cobalt</div>
<nav class="menu-second__nav"><ul class="menu-second__list">${links(jbSub, 'menu-second__item rs-text-2')}</ul></nav></div></div>
<main id="main" class="content"><section class="wt-section wt-section_theme_dark page-hero"><div class="wt-container"><div class="wt-row wt-row_size_m">
<div class="wt-col-6 wt-col-md-12"><h1 class="rs-hero rs-hero_theme_dark">${jbTitle}</h1>
<p class="rs-subtitle-1 rs-subtitle-1_theme_dark wt-offset-top-24" data-test="release-date">Released March 18, 2026</p>
<div class="wt-offset-top-32"><a class="rs-button rs-button_mode_classic rs-button_size_l" href="/cobalt/download/">Download</a>
<a class="rs-button rs-button_mode_outline rs-button_size_l" href="/cobalt/download/other/">Free 30-day trial available</a></div></div></div>
</div></section>
<section class="wt-section wt-section_bg_light"><div class="wt-container">${ps(jbLead, ' class="rs-text-1 wt-offset-top-24"')}
<nav class="wt-offset-top-48 toc" aria-label="On this page"><p class="rs-h4">On this page</p><ul>${jbSections
  .map(([s]) => `<li><a href="#${s.length}" class="rs-link">${s}</a></li>`)
  .join('')}</ul></nav>
${jbSections
  .map(
    ([s, features], si) => `<div class="wt-offset-top-96" id="${s.length}"><h2 class="rs-h1">${s}</h2>
${features
  .map(
    ([f, paras], fi) => `<div class="wt-row wt-row_size_l wt-offset-top-48"><div class="wt-col-5 wt-col-md-12"><h3 class="rs-h2">${f}</h3>
${ps(paras, ' class="rs-text-2 wt-offset-top-16"')}</div>
<div class="wt-col-7 wt-col-md-12">${
      fi === 0 && si < 2
        ? `<figure class="wt-offset-top-16"><img src="/cobalt/img/whatsnew/${si}.png" alt="" loading="lazy">
<figcaption class="rs-text-3 rs-text-3_hardness_average">${jbCaps[si] ?? ''}</figcaption></figure>`
        : ''
    }</div></div>`,
  )
  .join('\n')}</div>`,
  )
  .join('\n')}
<div class="wt-offset-top-96"><h2 class="rs-h1">Other changes</h2>${ps(jbNote, ' class="rs-text-2 wt-offset-top-16"')}</div>
<div class="rs-card wt-offset-top-48 promo"><p class="rs-h3">Learn more about Cobalt 2026.1</p>
<p class="rs-text-2">Watch the release overview with the Cobalt team on our YouTube channel.</p><a class="rs-link" href="/cobalt/video/">Watch now</a></div>
</div></section>
<section class="wt-section wt-section_theme_dark newsletter"><div class="wt-container"><h2 class="rs-h2 rs-h2_theme_dark">Subscribe to Cobalt news</h2>
<form class="newsletter-form"><input type="email" placeholder="Email" aria-label="Email"><button class="rs-button" type="submit">Submit</button></form>
<p class="rs-text-3 rs-text-3_theme_dark">By submitting this form, I agree that Lodewick Software may use my name and email address to send product
news.</p></div></section>
</main><footer class="wt-footer" data-test="footer"><ul class="wt-footer__menu">${links(jbFoot, 'wt-footer__menu-item')}</ul>
<p class="wt-footer__copyright">Copyright © 2000–2026 Lodewick Software s.r.o.</p></footer>
<div class="ch2-container ch2-theme-bar" role="dialog" aria-label="Cookie consent"><div class="ch2-dialog"><p class="ch2-dialog-description">
Our website uses some cookies and records your IP address for the purposes of accessibility, security, and managing your access to the telecommunication
network.</p><button class="ch2-btn ch2-allow-all-btn">Accept All</button><button class="ch2-btn ch2-deny-all-btn">Manage Settings</button></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"product":"cobalt","version":"2026.1"}},"page":"/cobalt/whatsnew"}</script>
</body></html>`;
const jetbrains: TestPage = {
  name: 'heldout360-jetbrains-rescui-whats-new-docs',
  kind: 'docs',
  html: jbHtml,
  title: jbTitle,
  headings: [...jbSections.flatMap(([s, features]) => [s, ...features.map(([f]) => f)]), 'Other changes'],
  body: texts([...jbLead, ...jbSections.flatMap(([, features]) => features.flatMap(([, paras]) => paras)), ...jbNote]),
  bylines: ['Released March 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jbHeader.filter((t) => t !== 'AI'), ...jbSub, 'Free 30-day trial available', 'On this page', ...jbCaps, 'Learn more about Cobalt 2026.1',
    'Watch the release overview with the Cobalt team on our YouTube channel.', 'Watch now', 'Subscribe to Cobalt news', 'Submit',
    'By submitting this form, I agree that Lodewick Software may use my name and email address to send product news.', ...jbFoot,
    'Copyright © 2000–2026 Lodewick Software s.r.o.', 'Accept All', 'Manage Settings',
    j(
      'Our website uses some cookies and records your IP address for the purposes of accessibility, security, and managing your access to the',
      'telecommunication network.',
    ),
  ],
};

export const HELDOUT360_D: readonly TestPage[] = [headway, jetbrains];

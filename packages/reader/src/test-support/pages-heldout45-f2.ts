import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 45, file f2: a Nostr note on the Primal web client as a logged-out visitor saves it (SolidJS markup with
 * hashed CSS-module class names, the left nav with its icons, labels, "Login" and "Create Account", the "Thread" header,
 * the parent note with avatar, display name, verified NIP-05 address and time, the note text with an image and hashtag links,
 * the top-zaps strip, the action bar with reply, zap, like and repost counts, "Zap" and "Copy note link" menus, replies with
 * "Replying to" lines, the right sidebar with search, "Trending 24h" and "Most Zapped 4h", and the app-download promo).
 */
const npName = 'Suvi Lahtinen';
const npNip05 = 'suvi@kuusileipomo.example';
const npTitle = 'Six months of taking sats at the bakery. An honest report, since a few of you asked.';
const npNote = [
  'We added a Lightning QR code next to the card reader in May, mostly as an experiment. Since then about 4% of our sales have ' +
    'been paid in bitcoin, which is more than I expected for a small bakery in a town of nine thousand people.',
  'The good: fees are close to nothing, payment is instant, and a handful of regulars now come in specifically because we accept ' +
    'it. Two of them drive forty minutes for the rye bread, which I am choosing to believe is about the bread.',
  'The bad: the accounting. Our bookkeeper needs every payment in euros at the moment it was received, and the wallet export ' +
    'does not make that easy. I spend about an hour a month fixing the spreadsheet by hand.',
  'The surprising: tourists. Several people from Germany and the Netherlands have stopped because they saw us on a map of ' +
    'places that take bitcoin, and most of them also bought something to take home.',
  'Would I do it again? Yes. Would I tell every small shop to do it? Only if someone there actually enjoys this stuff.',
];
const npTags = ['#bitcoin', '#smallbusiness', '#plebchain'];
const npReplies = [
  {
    name: 'Karel Novák',
    nip: 'karel@nostrplebs.example',
    when: '2h',
    text: 'Thank you for the honest numbers. 4% is higher than our cafe in Brno, we are closer to 1%. The bookkeeping pain is ' + 'exactly the same though.',
  },
  {
    name: 'mo',
    nip: '',
    when: '2h',
    text: 'Which wallet are you using for the export? Some of them can write the fiat value at the time of payment straight into the CSV.',
  },
  {
    name: npName,
    nip: npNip05,
    when: '1h',
    text: 'We use the one that came with our point of sale app. I will look at switching if it saves me that hour every month.',
  },
  {
    name: 'Jonas Eberhardt',
    nip: 'jonas@eberhardt.example',
    when: '48m',
    text: 'Can confirm the map thing works. Found you that way in August and the cardamom buns were worth the detour.',
  },
];
const npNav = ['Home', 'Reads', 'Explore', 'Messages', 'Bookmarks', 'Notifications', 'Downloads', 'Premium', 'Settings'];
const npTrend = ['#bitcoin', '#nostr', '#zapathon', '#photography', '#grownostr'];
const npTrendN = ['2,104', '1,877', '942', '611', '588'];
const npZapped: [string, string][] = [
  ['Dario Conti', 'Built a solar-powered Lightning node for the village hall. Photos and parts list below…'],
  ['Lea Brandt', 'New illustrated guide to running your own relay, free to download.'],
];
const npCls = (n: string): string => `_${n}_1q3mx_${n.length}`;
const npAuthor = (name: string, nip: string, when: string): string => `<div class="${npCls('header')}"><div class="${npCls('avatar')}">
<img src="https://primal.b-cdn.example/media-cache?s=s&amp;a=1&amp;u=${name.length}" alt="avatar"></div><div class="${npCls('userInfo')}">
<span class="${npCls('userName')}">${name}</span>${
  nip === ''
    ? ''
    : `<span class="${npCls('verification')}" title="${nip}"><span class="${npCls('verifiedIcon')}"></span><span class="${npCls('nip05')}">${nip}</span></span>`
}<span class="${npCls('time')}" title="Nov 14, 2025, 10:2${name.length % 10} AM">${when}</span></div>
<button class="${npCls('contextButton')}" aria-label="note context menu"><div class="${npCls('contextIcon')}"></div></button></div>`;
const npActions = (r: string, z: string, l: string, p: string): string =>
  `<div class="${npCls('footer')}">${[
    ['reply', r],
    ['zap', z],
    ['like', l],
    ['repost', p],
  ]
    .map(
      ([k, n]) => `<button class="${npCls(k!)}" aria-label="${k}"><div class="${npCls('icon')}"></div><div class="${npCls('statNumber')}">${n}</div></button>`,
    )
    .join('')}</div>`;
const npHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>Suvi Lahtinen on Primal: ${npTitle}</title>
<meta property="og:title" content="${npName} on Primal"><meta property="og:description" content="${npTitle} We added a Lightning QR code…">
<meta property="og:image" content="https://primal.b-cdn.example/media-cache?s=o&amp;a=1&amp;u=bakery-qr.jpg"><meta name="twitter:card"
content="summary_large_image">
<link rel="stylesheet" href="/assets/index-7c2e19fa.css"><script type="module" crossorigin src="/assets/index-b3a81c04.js"></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div class="${npCls('container')}">
<div class="${npCls('leftColumn')}"><div class="${npCls('leftHeader')}"><a href="/home" class="${npCls('logo')}" aria-label="Primal"><div
class="${npCls('logoImg')}"></div>
<span class="${npCls('logoText')}">Primal</span></a></div><nav class="${npCls('navMenu')}">${npNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}" class="${npCls('navItem')}"><div class="${npCls('navIcon')}"></div><div class="${npCls('navLabel')}">${t}</div></a>`,
  )
  .join('\n')}</nav><div class="${npCls('guestActions')}"><button class="${npCls('loginButton')}">Login</button>
<button class="${npCls('createAccount')}">Create Account</button></div></div>
<div class="${npCls('centerColumn')}"><div class="${npCls('centerHeader')}"><button class="${npCls('backButton')}" aria-label="back"></button>
<div class="${npCls('pageTitle')}">Thread</div></div><div class="${npCls('threadList')}"><div class="${npCls('primaryNote')}" data-event="note1qy8k4w2x7m3n0">
${npAuthor(npName, npNip05, 'Nov 14')}<div class="${npCls('content')}"><div class="${npCls('parsedNote')}">${npTitle}<br><br>${npNote.join('<br><br>')}<br><br>
${npTags.map((t) => `<span class="${npCls('hashtag')}"><a href="/search/%23${t.slice(1)}">${t}</a></span>`).join(' ')}<div class="${npCls('noteImage')}">
<img src="https://primal.b-cdn.example/media-cache?s=m&amp;a=1&amp;u=bakery-qr.jpg" alt="" class="${npCls('image')}"></div></div></div>
<div class="${npCls('topZaps')}"><div class="${npCls('topZap')}"><span class="${npCls('zapAmount')}">21k</span><span
class="${npCls('zapMessage')}">bread and bitcoin,
the only two things that matter</span></div><div class="${npCls('topZap')}"><span class="${npCls('zapAmount')}">5,000</span></div>
<div class="${npCls('topZap')}"><span class="${npCls('zapAmount')}">2,100</span></div><button class="${npCls('moreZaps')}">+38</button></div>
<div class="${npCls('time')}">10:27 AM · Nov 14, 2025</div>${npActions('38', '112k', '211', '19')}</div>
${npReplies
  .map(
    (r) => `<div class="${npCls('threadNote')}" data-event="note1r${r.name.length}w">${npAuthor(r.name, r.nip, r.when)}<div
class="${npCls('replyingTo')}">Replying to
<a href="/p/npub1suvi">@${npName}</a></div><div class="${npCls('content')}"><div
class="${npCls('parsedNote')}">${r.text}</div></div>${npActions('', '', '', '')}</div>`,
  )
  .join('\n')}</div></div>
<div class="${npCls('rightColumn')}"><div class="${npCls('search')}"><input type="text" placeholder="search" aria-label="search"></div>
<div class="${npCls('sidebarSection')}"><div class="${npCls('sidebarHeading')}">Trending 24h</div><ul>${npTrend
  .map((t, i) => `<li><a href="/search/%23${t.slice(1)}">${t}</a> <span class="${npCls('count')}">${npTrendN[i]}</span></li>`)
  .join('')}</ul></div>
<div class="${npCls('sidebarSection')}"><div class="${npCls('sidebarHeading')}">Most Zapped 4h</div>${npZapped
  .map(([n, t]) => `<div class="${npCls('smallNote')}"><span class="${npCls('userName')}">${n}</span><p>${t}</p></div>`)
  .join('\n')}</div>
<div class="${npCls('promo')}"><div class="${npCls('promoTitle')}">Get Primal</div><p>Primal is available for iOS and Android. Get the app to
zap, post and read on the go.</p><a href="/downloads">Download</a></div></div></div></div>
<div class="${npCls('toastContainer')}" aria-live="polite"></div></body></html>`;
export const primalNote: TestPage = {
  html: npHtml,
  name: 'heldout45-nostr-note-primal',
  kind: 'forum',
  // a social post without a title of its own: the note's first line is the title, its other lines and hashtags are body, and
  // the replies are body; display names, NIP-05 addresses (the verified handle is the author's address) and every time
  // ("Nov 14", "10:27 AM · Nov 14, 2025", the replies' ages) are bylines; "Replying to" is furniture (its "@Suvi Lahtinen" is
  // the poster's name, a byline already), as are the top-zaps strip with its zap message, the action counts, "Thread", the
  // nav, "Login", "Create Account", search, "Trending 24h" and "Most Zapped 4h" with their notes and counts, and the app
  // promo; the trending "#bitcoin" and the nav's "Home" are words of the note ("to take home"): left out
  title: npTitle,
  headings: [],
  body: [...texts(npNote), npTags.join(' '), ...npReplies.map((r) => r.text)],
  bylines: [
    npName,
    npNip05,
    'Nov 14',
    '10:27 AM · Nov 14, 2025',
    ...npReplies
      .filter((r) => r.name !== npName)
      .flatMap((r) => [r.name, r.nip])
      .filter((t) => t !== ''),
    '2h',
    '1h',
    '48m',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You need to enable JavaScript to run this app.', 'Primal', ...npNav.filter((t) => t !== 'Home'), 'Login', 'Create Account', 'Thread', '21k',
    'bread and bitcoin, the only two things that matter', '5,000', '2,100', '+38', '38', '112k', '211', '19', 'Replying to',
    'Trending 24h', ...npTrend.filter((t) => t !== '#bitcoin'), ...npTrendN, 'Most Zapped 4h', ...npZapped.flat(), 'Get Primal',
    'Primal is available for iOS and Android. Get the app to zap, post and read on the go.', 'Download',
  ],
};

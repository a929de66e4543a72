import { links, ps, type TestPage, texts } from './page-kit.js';
import { justGiving } from './pages-heldout213-d2.js';

/**
 * Held-out batch 213, file d: a Change.org petition page as the React app saves it (the header with "Start a petition",
 * "My petitions", "Browse" and "Log in", the hero image, the signature count and goal, the "Why this petition matters"
 * label, the starter and recipient, the petition text, the sign box with its form labels and consent text, the "Reasons
 * for signing" comments with like counts, the updates list, the share box, the report link, the footer and the cookie
 * banner) and, from file d2, a JustGiving fundraising page.
 */
const title = 'Save the Millbrook Lido from closure';
const p1 = [
  'Millbrook Lido has been part of our town since 1934. Generations of children learned to swim there, and every summer thousands ' +
    'of people of all ages use it to cool off, exercise and meet friends. Last month the council announced it will not reopen ' +
    'the lido this year and is considering selling the site.',
  'We believe this would be a terrible loss for Millbrook. The lido is the only outdoor pool within twenty miles, and the only ' +
    'affordable place for many families to swim during the holidays.',
  'The council says repairs to the pool tank and filter system would cost £1.2 million. We understand money is tight. But the ' +
    'lido has never been properly maintained, and a survey in 2021 recommended work that was never done. Closing it now punishes ' +
    'the community for years of neglect.',
  'We are asking Millbrook Town Council to:',
];
const list = [
  'Keep the lido site in public ownership and rule out any sale.',
  'Work with the Friends of Millbrook Lido to apply for heritage and sports funding for the repairs.',
  'Open the lido for at least a short summer season while the repairs are planned.',
];
const p2 = [
  'The Friends group has already raised £38,000 and has volunteers ready to help with cleaning, lifeguard training and running ' +
    'events. We want to be part of the solution, but we need the council to give us the time to find it.',
  'I grew up two streets from the lido and now take my own children there every Saturday in summer. In the last few weeks ' +
    'hundreds of people have stopped me in the street to ask what they can do. This petition is the first step.',
  'Please sign and share this petition. The council’s finance committee meets on 24 April, and we want to show them how many ' +
    'people care about keeping the lido open.',
];
const nav = ['Start a petition', 'My petitions', 'Browse', 'Membership'];
const counts = ['4,318', 'Verified signatures', 'Next goal: 5,000', 'Signatures'];
const signBox = [
  'Sign this petition',
  'First name',
  'Last name',
  'Email',
  'Display my name and comment on this petition',
  'By signing, you accept Change.org’s Terms of Service and Privacy Policy, and agree to receive occasional emails about campaigns on Change.org.',
];
const reasons = [
  {
    name: 'Karen Oduya',
    when: '2 days ago',
    text: 'I learned to swim at the lido in 1978 and my grandchildren learned there too. It must not close.',
    likes: '24',
  },
  { name: 'Ben Castellano', when: '5 days ago', text: 'Our town needs more places for young people, not fewer.', likes: '11' },
];
const updates = ['Meeting with councillors confirmed', '1,000 supporters in the first weekend!', 'Petition started'];
const updDates = ['Apr 2, 2025', 'Mar 17, 2025', 'Mar 14, 2025'];
const share = ['Share this petition', 'Petitions shared on Facebook get more signatures.', 'Share on Facebook', 'Send a WhatsApp message', 'Copy link'];
const footCols = [
  'About',
  'Impact',
  'Careers',
  'Team',
  'Community',
  'Blog',
  'Press',
  'Support',
  'Help',
  'Guides',
  'Privacy',
  'Policies',
  'Cookie policy',
  'Terms of Service',
];
const cookie = 'We use cookies and similar technologies to give you a better experience, to understand how our site is used and to personalise content.';
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Petition · Save the Millbrook Lido from closure - United Kingdom · Change.org</title>
<meta name="description" content="${(p1[0] ?? '').slice(0, 150)}"><link rel="canonical"
href="https://www.change.org/p/millbrook-town-council-save-the-millbrook-lido-from-closure">
<meta property="og:title" content="Sign the Petition"><meta property="og:description" content="${title}"><meta property="og:type" content="change-org:petition">
<meta property="og:site_name" content="Change.org"><meta name="twitter:site" content="@change">
<link rel="preload" as="script" href="https://static.change.org/js/vendor-2b84c1.js"><link rel="stylesheet" href="https://static.change.org/css/main-0c1a.css">
<script>window.__INITIAL_STATE__={"petition":{"id":"72890125",
"slug":"millbrook-town-council-save-the-millbrook-lido-from-closure","signatureCount":4318}};</script></head>
<body><div id="root"><div data-testid="app">
<header class="corgi-header" data-testid="header"><a href="/" aria-label="Change.org home" class="corgi-logo"></a><nav aria-label="Main">
<ul>${links(nav)}</ul></nav><a data-testid="header-search" href="/search"><span class="sr-only">Search</span></a><a data-testid="header-login"
href="/login_or_join">Log in</a></header>
<main data-testid="petition-page"><div class="petition-layout"><div class="petition-main">
<h1 data-testid="petition-title" class="corgi-heading">${title}</h1>
<div data-testid="petition-media"><img src="https://assets.change.org/photos/7/lido-1600x900.jpg" alt="Save the Millbrook Lido from closure"></div>
<div data-testid="petition-author" class="petition-author"><img src="https://assets.change.org/users/avatars/dana.jpg" alt="">
<div><p class="author-label">Petition starter</p><a href="/u/dana-whitcombe">Dana Whitcombe</a></div></div>
<div data-testid="petition-recipient"><p class="recipient-label">Petition to</p><p>Millbrook Town Council</p></div>
<section data-testid="petition-description"><h2 class="corgi-heading-small">Why this petition matters</h2>
<p class="started-by">Started by Dana Whitcombe</p>
<div data-testid="description-content" class="rte-content">
${ps(p1)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p2)}
</div><a data-testid="report-policy-violation" href="/policies/report">Report a policy violation</a></section>
<section data-testid="petition-updates"><h2 class="corgi-heading-small">Updates</h2><ol>
${updates.map((t, i) => `<li><time>${updDates[i]}</time><h3>${t}</h3></li>`).join('\n')}</ol></section>
<section data-testid="reasons-for-signing"><h2 class="corgi-heading-small">Reasons for signing</h2><a href="/p/millbrook/c">See all</a>
${reasons
  .map(
    (r) => `<div data-testid="comment"><p class="comment-author">${r.name}</p><p class="comment-time">${r.when}</p><p class="comment-text">${r.text}</p>
<button data-testid="like-button" aria-label="Like"><span>${r.likes}</span></button><button>Report</button></div>`,
  )
  .join('\n')}</section></div>
<aside class="petition-sidebar" data-testid="sign-petition-box"><div class="signature-count"><strong>${counts[0]}</strong><span>${counts[1]}</span>
<div class="progress" role="progressbar" aria-valuenow="86"></div><span>${counts[2]}</span></div>
<form data-testid="sign-form"><h2>${signBox[0]}</h2><label for="firstName">${signBox[1]}</label><input id="firstName">
<label for="lastName">${signBox[2]}</label><input id="lastName">
<label for="email">${signBox[3]}</label><input id="email" type="email"><label><input type="checkbox" checked>${signBox[4]}</label>
<button type="submit" data-testid="sign-button">Sign this petition</button><p class="disclaimer">${signBox[5]}</p></form>
<div data-testid="share-box"><h2>${share[0]}</h2><p>${share[1]}</p><button>${share[2]}</button><button>${share[3]}</button><button>${share[4]}</button></div>
</aside>
</div></main>
<footer class="corgi-footer" data-testid="footer"><ul>${links(footCols)}</ul><p>© 2025, Change.org, PBC</p>
<p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></footer>
<div data-testid="cookie-banner" role="dialog" aria-label="Cookie preferences"><p>${cookie}</p><button>Accept all</button>
<button>Reject non-essential</button><button>Manage preferences</button></div>
</div></div><script src="https://static.change.org/js/vendor-2b84c1.js" defer></script><script src="https://static.change.org/js/petition-5d7e.js" defer>
</script>
</body></html>`;
const changeOrg: TestPage = {
  html,
  name: 'heldout213-changeorg-petition',
  kind: 'blog',
  // the petition text is the article (no headings of its own); "Why this petition matters" is the page's label for it,
  // furniture; the starter's name and "Started by" line are bylines, the recipient, counts, updates and comments furniture
  title,
  headings: [],
  body: texts([...p1, ...list, ...p2]),
  bylines: ['Dana Whitcombe', 'Started by Dana Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Search', 'Log in', 'Petition starter', 'Petition to', 'Millbrook Town Council', 'Why this petition matters', 'Report a policy violation',
    'Updates', ...updates, ...updDates, 'Reasons for signing', 'See all', ...reasons.flatMap((r) => [r.name, r.when, r.text, r.likes]), 'Report',
    ...counts.slice(0, 3), ...signBox, ...share, ...footCols, '© 2025, Change.org, PBC',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', cookie, 'Accept all', 'Reject non-essential',
    'Manage preferences',
  ],
};

export const HELDOUT213_D: readonly TestPage[] = [changeOrg, justGiving];

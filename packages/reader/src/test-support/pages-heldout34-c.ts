import { links, type TestPage, texts } from './page-kit.js';
import { hospitalStory } from './pages-heldout34-c2.js';

/**
 * Held-out batch 34, file c: a public post on a Patreon creator page, saved logged out (the Next.js data script, Patreon's
 * top bar, the creator header with tagline, member count and "Join for free" / "See membership options", the post card
 * with date, "Public post" chip, title, rich text with h3s, attachments and tags, like / comment / share counts, the
 * comment thread with a creator badge and "Load more comments", "More from" rail with locked posts, "Creators you might
 * like", the OneTrust cookie banner and the footer), styled-components classes and `data-tag` attributes throughout.
 */
const ptTitle = 'Trip notes: recording the singing ice on Lake Varnø';
const ptIntro = [
  'Hello everyone, and happy new year. As promised, here are the notes from the ice trip, written up properly at last now that my fingers have thawed.',
  'I spent eight days at Lake Varnø in early January with two hydrophones, a pair of contact microphones and far too many batteries. ' +
    'The lake freezes in a thin, clear sheet most winters, and when the temperature drops sharply overnight the ice contracts and ' +
    'cracks. Those cracks travel for hundreds of metres under the surface, and through a hydrophone they sound like laser fire, or ' +
    'whale song played backwards.',
];
const ptH1 = 'What worked';
const ptPart1 = [
  'The best recordings came on the fourth night, when it fell to minus nineteen and there was no wind at all. I froze a contact ' +
    'microphone onto the ice about forty metres from the shore, ran the cable back to the car, and recorded for six hours straight. ' +
    'I have listened to all six. About twenty minutes are extraordinary, and the rest is me breathing into my scarf.',
  'The hydrophone worked better through a hole drilled near a pressure ridge than in open water at the edge, which surprised me. ' +
    'The ridge seems to focus the sound.',
];
const ptH2 = 'What did not';
const ptPart2 = [
  'Batteries lose about half their life at these temperatures, even the lithium ones. I lost the whole of the second night because ' +
    'a recorder quietly switched itself off at 1 a.m. From now on everything lives inside my jacket until the moment it is plugged in.',
  'I also underestimated how loud the snowmobile trail on the far shore would be. Two days of recordings have a distant engine ' +
    'running under them, and I am not sure yet whether they can be saved.',
];
const ptH3 = 'What happens next';
const ptPart3 = [
  'All members will get a twelve-minute edit, <em>Varnø, minus nineteen</em>, in the next couple of weeks. Members on the Archive ' +
    'tier will also get the full unedited six-hour file and the hydrophone recordings as separate tracks, for anyone who wants to ' +
    'use them in their own work.',
  'This post is public because a few of you asked to share it with friends who are thinking about recording ice themselves. ' +
    'Please do. And if you go, take twice as many batteries as you think you need.',
];
const ptComments = [
  { who: 'Bruno Achterberg', when: 'Jan 14', badge: '', text: 'That crack at 3:12 in the sampler gave me goosebumps. Can’t wait for the full edit.' },
  { who: 'Wren Audio', when: 'Jan 14', badge: 'Creator', text: 'Thank you Bruno! That one travelled the whole width of the bay.' },
  {
    who: 'Maeve Fitzgerald',
    when: 'Jan 15',
    badge: '',
    text: 'Tip from someone who records in the Cairngorms: hand warmers taped to the recorder with a bit of foam between them work wonders.',
  },
];
const ptMore = [
  { t: 'Sampler: Varnø ice, night four', locked: false },
  { t: 'Behind the scenes: building a hydrophone for under £40', locked: true },
  { t: 'December sound map: the harbour at dusk', locked: true },
];
const ptCreators = ['Tidewater Tapes', 'The Bog Orchestra', 'Quiet Roads Radio'];
const ptFoot = ['Creators', 'Features', 'Pricing', 'Resources', 'Help Center', 'Terms of Use', 'Privacy', 'Cookie Policy', 'Copyright'];
const ptHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ptTitle} | Wren Audio</title><meta property="og:site_name" content="Patreon">
<meta property="og:title" content="${ptTitle} | Wren Audio"><meta name="description" content="Get more from Wren Audio on Patreon">
<style data-styled="active"
data-styled-version="5.3.11">.sc-jrQzAO{display:flex}.sc-gsDKAQ{font-size:1.125rem;line-height:1.6}.cm-oHFIQB{border-radius:8px}</style>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"bootstrapEnvelope":{"pageBootstrap":{"post":{"data":{"id":"118402277","type":"post",
"attributes":{"title":"${ptTitle}","post_type":"text_only","is_public":true,"like_count":63,"comment_count":4,"published_at":"2026-01-14T16:02:11.000+00:00"}},
"included":[{"type":"campaign","attributes":{"name":"Wren Audio","patron_count":412}}]}}}}},"page":"/posts/[slug]","buildId":"b8f1c2d"}</script>
</head><body><div id="__next"><div class="sc-jrQzAO fBOnSt">
<header data-tag="header" class="sc-dkPtRN hyTMsD"><a href="https://www.patreon.com/" aria-label="Patreon logo"><svg viewBox="0 0 1080 1080"
width="24"></svg></a>
<div class="sc-hKwDye cjXKSP"><a href="https://www.patreon.com/login" data-tag="login-button">Log in</a><a href="https://www.patreon.com/signup"
data-tag="signup-button"
class="cm-oHFIQB">Sign up</a></div></header>
<div data-tag="creator-header" class="sc-eCImPb eFhNFB"><img src="https://c10.patreonusercontent.com/4/patreon-media/p/campaign/9911/avatar.png" alt=""
width="48">
<div><a href="https://www.patreon.com/wrenaudio" data-tag="creator-name" class="sc-iCfMLu">Wren Audio</a>
<p data-tag="creator-tagline" class="sc-furwcr">field recordings and sound maps from cold places</p><span data-tag="patron-count">412 members</span></div>
<a href="https://www.patreon.com/wrenaudio/membership" data-tag="join-button" class="cm-oHFIQB">Join for free</a>
<a href="https://www.patreon.com/wrenaudio/membership" data-tag="see-membership-options" class="sc-pVTFL">See membership options</a></div>
<main class="sc-jSMfEi fGMJbH"><div data-tag="post-card" class="sc-gKXOVf cm-oHFIQB">
<div data-tag="post-details" class="sc-bBHxTw"><span data-tag="post-published-at"><a href="https://www.patreon.com/posts/118402277">Jan 14, 2026 at 4:02
PM</a></span>
<span data-tag="post-visibility" class="sc-iBkjds">Public post</span></div>
<h1 data-tag="post-title" class="sc-ftvSup"><span>${ptTitle}</span></h1>
<div data-tag="post-content" class="sc-gsDKAQ"><div class="sc-ftTHYK">
${ptIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${ptH1}</h3>
${ptPart1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${ptH2}</h3>
${ptPart2.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${ptH3}</h3>
${ptPart3.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div data-tag="post-attachments" class="sc-fEOsli"><p class="sc-bjUoiL">Attachments</p><ul><li><a href="https://www.patreon.com/file?h=118402277&amp;i=2201"
download>varno-ice-sampler.mp3</a></li><li><a href="https://www.patreon.com/file?h=118402277&amp;i=2202" download>kit-list-ice-trip.pdf</a></li></ul></div>
<div data-tag="post-tags" class="sc-jIZahH"><a href="https://www.patreon.com/wrenaudio/posts?filters%5Btag%5D=field%20recording">field recording</a>
<a href="https://www.patreon.com/wrenaudio/posts?filters%5Btag%5D=trip%20diary">trip diary</a></div>
<div data-tag="post-footer" class="sc-himrzO"><button data-tag="like-button" aria-label="Like"><svg width="20"></svg><span
data-tag="like-count">63</span></button>
<a data-tag="comment-post-icon" href="#comments"><svg width="20"></svg><span>4</span></a><button data-tag="share-button" aria-label="Share post"><svg
width="20"></svg>
<span>Share</span></button></div>
<section id="comments" data-tag="comments" class="sc-ikZpkk"><button data-tag="load-more-comments" class="sc-jdAMXn">Load more comments</button>
${ptComments
  .map(
    (c) =>
      `<div data-tag="comment-row" class="sc-cxabCf"><img src="https://c8.patreon.com/3/200/${c.who.length}" alt="" width="32"><div><div class="sc-llJcti">` +
      `<a data-tag="commenter-name" href="https://www.patreon.com/user?u=${c.who.length}">${c.who}</a>${
        c.badge
          ? `<span
data-tag="creator-badge">${c.badge}</span>`
          : ''
      }` +
      `<span data-tag="comment-date"><a href="https://www.patreon.com/posts/118402277?comment=${c.who.length}">${c.when}</a></span></div>` +
      `<div data-tag="comment-body" class="sc-iIPllB">${c.text}</div><div class="sc-gicCDI"><button data-tag="comment-like-icon" aria-label="Like comment">` +
      `<svg width="16"></svg></button><button data-tag="comment-reply">Reply</button></div></div></div>`,
  )
  .join('\n')}
<div data-tag="comment-field-logged-out" class="sc-ezWOiH"><p>Join Wren Audio to comment on this post</p><a href="https://www.patreon.com/wrenaudio/membership"
class="cm-oHFIQB">Join now</a></div></section></div></main>
<aside class="sc-bZkfAO"><h2 data-tag="more-posts-heading">More from Wren Audio</h2><ul>${ptMore
  .map(
    (m, i) =>
      `<li data-tag="more-post-card"><a href="https://www.patreon.com/posts/${118402270 - i}">${m.t}</a>` +
      `${m.locked ? '<span data-tag="locked-badge" class="sc-kLLXSd">Locked</span>' : ''}</li>`,
  )
  .join('\n')}</ul><a href="https://www.patreon.com/wrenaudio/posts" data-tag="see-all-posts">See all posts</a>
<h2 class="sc-hBxehG">Creators you might like</h2><ul>${links(ptCreators, 'sc-fnykZs')}</ul></aside>
<footer data-tag="footer" class="sc-fIosxK"><ul>${links(ptFoot)}</ul><p>© 2026 Patreon</p><button data-tag="language-selector">English (United
States)</button></footer>
</div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<div id="onetrust-policy-text">We use cookies and similar technologies to run this site, understand how it is used and personalise content and ads.
<a class="ot-cookie-policy-link" href="https://privacy.patreon.com/policies#cookie-policy">Cookie Policy</a></div></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
</body></html>`;
const patreonPost: TestPage = {
  html: ptHtml,
  name: 'heldout34-patreon-public-post',
  kind: 'blog',
  // the post's paragraphs and its three h3s are the article; the creator name is the post's author line (header, once) and
  // the post date the dateline: bylines, with the commenters' names and comment dates; the comments (the creator's reply
  // among them) are readers' comments under a creator's post, furniture as on a blog; the "Public post" chip, attachments
  // (file names), tags, like / comment counts, "Load more comments", the logged-out comment prompt, "More from" with its
  // "Locked" badges, "Creators you might like", creator header tagline and member count, top bar, footer and cookie banner
  // are furniture ("Reply" too); bare counts, the "Creator" badge and "Share" (a body word: "share it with friends") are left out
  title: ptTitle,
  headings: [ptH1, ptH2, ptH3],
  body: [...texts(ptIntro), ...texts(ptPart1), ...texts(ptPart2), ...texts(ptPart3)],
  bylines: ['Wren Audio', 'Jan 14, 2026 at 4:02 PM', 'Bruno Achterberg', 'Maeve Fitzgerald', 'Jan 14', 'Jan 15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Sign up', 'field recordings and sound maps from cold places', '412 members', 'Join for free', 'See membership options', 'Public post',
    'Attachments', 'varno-ice-sampler.mp3', 'kit-list-ice-trip.pdf', 'field recording', 'trip diary', 'Load more comments', ...ptComments.map((c) => c.text),
    'Reply', 'Join Wren Audio to comment on this post', 'Join now', 'More from Wren Audio', ...ptMore.map((m) => m.t), 'Locked', 'See all posts',
    'Creators you might like', ...ptCreators, ...ptFoot, '© 2026 Patreon', 'English (United States)',
    'We use cookies and similar technologies to run this site, understand how it is used and personalise content and ads.',
    'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT34_C: readonly TestPage[] = [patreonPost, hospitalStory];

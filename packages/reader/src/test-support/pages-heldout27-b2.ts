import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 27, file b2: a Bluesky post thread as saved from the web app while signed in (React Native Web markup: "css-"
 * and "r-" classes, data-testid attributes, inline styles; the left nav with "New Post", the "Post" header with its back button,
 * the anchor post with name, handle, Follow button, image with its ALT badge, full timestamp, "Everybody can reply", repost,
 * quote and like counts, the author's six self-replies that continue the thread, a link card, other people's replies with
 * their own names, handles and relative times, the reply composer prompt, the right column with search, feeds, trending and
 * the Feedback/Privacy/Terms/Help links).
 */
const bsName = 'Rosalind Mere';
const bsHandle = '@rosalind-mere.bsky.social';
const bsPosts = [
  'We spent last summer counting every bumblebee nest we could find on 400 hectares of mixed farmland in north Dorset. The paper ' +
    'came out this morning, and the headline result surprised us: the hedges mattered far more than the flower strips. 🧵 1/7',
  'Farmers are paid to sow wildflower strips along field edges, and bees do feed on them. But of the 212 nests we found, 161 were ' +
    'in hedge banks, and most of those were in hedges that had been left uncut for at least two years. 2/7',
  'The strips themselves held just 9 nests. They’re great cafés but poor housing: the soil is cultivated too often, and there’s ' +
    'no tussocky grass or old mouse holes for queens to move into in spring. 3/7',
  'Cutting regime made a huge difference. Hedges trimmed every year had one nest per 400 metres on average. Hedges on a three-year ' +
    'rotation had one every 90 metres. Same farms, same species, same weather. 4/7',
  'We checked the pattern on 30 hedges on two neighbouring organic farms. Same story: the uncut hedges held most of the nests, ' +
    'and the organic strips were no better as nesting habitat than the conventional ones. 5/7',
  'None of this is a case against flower strips. Bees need both food and somewhere to live, and the strips were busy all summer. ' +
    'It’s a case for paying as much attention to the hedge beside the strip as to the strip itself. 6/7',
  'Huge thanks to the eleven landowners who let us crawl along their hedges, and to Dev and Aoife, who found most of the nests. ' +
    'The paper is open access, link below. 7/7',
];
const bsCard = ['Hedgerow cutting interval predicts bumblebee nest density on lowland farms', 'journals.example.org'];
const bsReplies: [string, string, string, string][] = [
  [
    'Tom Halloran',
    '@tomhalloran.bsky.social',
    '2h',
    'This matches what we see on the Somerset levels. The old uncut hedges are always the ones buzzing in April.',
  ],
  ['Dr Nadia Osei', '@nadiaosei.bsky.social', '2h', 'Great thread. Did the hedge width matter, or just the cutting interval?'],
  [bsName, bsHandle, '1h', 'Width mattered a bit, but much less than cutting. The numbers are in the supplementary tables.'],
  ['hedgelayer_jim', '@hedgelayer.bsky.social', '48m', 'Showing this to every farmer who asks me why I won’t flail their hedges every September.'],
];
const bsNav = ['Home', 'Explore', 'Notifications', 'Chat', 'Feeds', 'Lists', 'Profile', 'Settings'];
const bsFeeds = ['Following', 'Discover', 'Popular With Friends', 'Science', 'More feeds'];
const bsTrending = ['Six Nations', 'Budget', 'Spring Equinox', 'Champions League'];
const bsFoot = ['Feedback', 'Privacy', 'Terms', 'Help'];
const textStyle = 'font-size: 15px; letter-spacing: 0px; color: rgb(11, 15, 20); line-height: 20px; flex: 1 1 0%;';
const actions = (r: number, rp: number, l: number) =>
  `<div class="css-175oi2r" style="flex-direction: row; justify-content: space-between; align-items: center; padding-top: 2px;">` +
  `<button aria-label="Reply (${r} replies)" data-testid="replyBtn" role="button" class="css-175oi2r r-1loqt21 r-1otgn73">` +
  `<svg fill="none" width="18" viewBox="0 0 24 24" height="18"><path fill="hsl(211, 20%, 53%)" d="M2.002 6a3 3 0 0 1 3-3h14a3 3 0 0 1 3 3v10"></path></svg>` +
  `<div dir="auto" class="css-146c3p1" style="font-size: 14px;">${r}</div></button>` +
  `<button aria-label="Repost or quote post (${rp} reposts)" data-testid="repostBtn" role="button" class="css-175oi2r r-1loqt21 r-1otgn73">` +
  `<svg fill="none" width="18" viewBox="0 0 24 24" height="18"></svg><div dir="auto" class="css-146c3p1" style="font-size: 14px;">${rp}</div></button>` +
  `<button aria-label="Like (${l} likes)" data-testid="likeBtn" role="button" class="css-175oi2r r-1loqt21 r-1otgn73">` +
  `<svg fill="none" width="18" viewBox="0 0 24 24" height="18"></svg><div dir="auto" class="css-146c3p1" style="font-size: 14px;">${l}</div></button>` +
  `<button aria-label="Open post options menu" data-testid="postDropdownBtn" role="button" class="css-175oi2r r-1loqt21 r-1otgn73">` +
  `<svg fill="none" width="20" viewBox="0 0 24 24" height="20"></svg></button></div>`;
const who = (name: string, handle: string, time: string) =>
  `<div class="css-175oi2r" style="flex-direction: row; align-items: center; gap: 4px; padding-bottom: 2px;">` +
  `<a href="/profile/${handle.slice(1)}" aria-label="${name} (${handle})" role="link" class="css-146c3p1 r-1loqt21"><span class="css-1jxf684" ` +
  `style="font-weight: 600;">${name}</span>&nbsp;<span class="css-1jxf684" style="color: rgb(66, 87, 108);">${handle}</span></a>` +
  `<div dir="auto" class="css-146c3p1" style="color: rgb(66, 87, 108);">·</div><a href="/profile/${handle.slice(1)}/post/3lk" role="link" ` +
  `aria-label="${time}" class="css-146c3p1 r-1loqt21" style="color: rgb(66, 87, 108);">${time}</a></div>`;
const item = (name: string, handle: string, time: string, text: string, counts: [number, number, number], extra = '') =>
  `<div role="link" tabindex="0" class="css-175oi2r" data-testid="postThreadItem-by-${handle.slice(1)}"><div class="css-175oi2r" ` +
  `style="flex-direction: row; gap: 10px; padding-left: 16px; padding-right: 16px; border-top-width: 1px; border-color: rgb(212, 219, 226);">` +
  `<div class="css-175oi2r" style="width: 42px;"><div class="css-175oi2r" data-testid="userAvatarImage" style="width: 42px; height: 42px;">` +
  `<img alt="" src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:7x${handle.length}/bafkrei@jpeg"></div></div>` +
  `<div class="css-175oi2r" style="flex: 1 1 0%;">${who(name, handle, time)}<div dir="auto" data-testid="postText" data-word-wrap="1" ` +
  `class="css-146c3p1 r-1xnzce8" style="${textStyle}">${text}</div>${extra}${actions(...counts)}</div></div></div>`;
const bsImage =
  `<div class="css-175oi2r" data-expoimage="true" style="margin-top: 8px; border-radius: 8px; overflow: hidden;"><img alt="A grassy hedge bank ` +
  `beside a wheat field, with a small hole among the tussocks marked by a yellow flag" src="https://cdn.bsky.app/img/feed_thumbnail/plain/` +
  `did:plc:7x26/bafkreihedge@jpeg" style="object-fit: cover;"><div class="css-175oi2r" style="position: absolute; bottom: 8px; left: 8px;">` +
  `<div dir="auto" class="css-146c3p1" style="font-size: 10px; font-weight: 600;">ALT</div></div></div>`;
const bsLinkCard =
  `<a href="https://journals.example.org/article/10.5555/hedge.2026.0114" role="link" class="css-175oi2r r-1loqt21" data-testid="externalLinkCard" ` +
  `style="margin-top: 8px; border-width: 1px; border-radius: 12px;"><img alt="" src="https://cdn.bsky.app/img/feed_thumbnail/plain/card@jpeg">` +
  `<div class="css-175oi2r" style="padding: 8px 12px;"><div dir="auto" class="css-146c3p1" style="font-weight: 600;">${bsCard[0]}</div>` +
  `<div dir="auto" class="css-146c3p1" style="font-size: 12px;"><svg width="12" height="12"></svg> ${bsCard[1]}</div></div></a>`;
const anchor =
  `<div data-testid="postThreadItem-by-${bsHandle.slice(1)}" class="css-175oi2r" style="padding-left: 16px; padding-right: 16px;">` +
  `<div class="css-175oi2r" style="flex-direction: row; gap: 10px; padding-top: 12px;"><img alt="" src="https://cdn.bsky.app/img/avatar/plain/rm.jpg" ` +
  `style="width: 42px; height: 42px;"><div class="css-175oi2r" style="flex: 1 1 0%;"><a href="/profile/rosalind-mere.bsky.social" role="link">` +
  `<div dir="auto" class="css-146c3p1" style="font-size: 16px; font-weight: 600;">${bsName}</div><div dir="auto" class="css-146c3p1" ` +
  `style="color: rgb(66, 87, 108);">${bsHandle}</div></a></div><button aria-label="Follow ${bsName}" role="button" data-testid="followBtn" ` +
  `class="css-175oi2r r-1loqt21"><div dir="auto" class="css-146c3p1" style="font-weight: 600;">Follow</div></button></div>` +
  `<div dir="auto" data-testid="postText" data-word-wrap="1" class="css-146c3p1 r-1xnzce8" style="font-size: 18.75px; letter-spacing: 0.25px; ` +
  `line-height: 24.375px;">${bsPosts[0]}</div>${bsImage}<div class="css-175oi2r" style="flex-direction: row; gap: 8px; padding-top: 12px;">` +
  `<a href="/profile/rosalind-mere.bsky.social/post/3lkq2" role="link"><div dir="auto" class="css-146c3p1" style="color: rgb(66, 87, 108);">` +
  `March 9, 2026 at 7:14 AM</div></a><div dir="auto" class="css-146c3p1" style="color: rgb(66, 87, 108);">·</div>` +
  `<button aria-label="Who can reply" role="button" class="css-175oi2r"><div dir="auto" class="css-146c3p1">Everybody can reply</div></button></div>` +
  `<div class="css-175oi2r" style="flex-direction: row; gap: 16px; padding-vertical: 12px; border-top-width: 1px; border-bottom-width: 1px;">` +
  `<a href="/profile/rosalind-mere.bsky.social/post/3lkq2/reposted-by" role="link"><span style="font-weight: 600;">214</span> reposts</a>` +
  `<a href="/profile/rosalind-mere.bsky.social/post/3lkq2/quotes" role="link"><span style="font-weight: 600;">18</span> quotes</a>` +
  `<a href="/profile/rosalind-mere.bsky.social/post/3lkq2/liked-by" role="link"><span style="font-weight: 600;">1.1K</span> likes</a></div>` +
  `${actions(31, 214, 1100)}</div>`;
const bsThread = [
  anchor,
  ...bsPosts.slice(1, 6).map((t, i) => item(bsName, bsHandle, '3h', t, [i + 1, 20 - i * 3, 300 - i * 40])),
  item(bsName, bsHandle, '3h', bsPosts[6] ?? '', [6, 41, 412], bsLinkCard),
  `<div class="css-175oi2r" data-testid="composeReplyPrompt" role="button" style="padding: 12px 16px;">` +
    `<img alt="" src="https://cdn.bsky.app/img/avatar_thumbnail/me.jpg">` +
    `<div dir="auto" class="css-146c3p1" style="color: rgb(66, 87, 108);">Write your reply</div></div>`,
  ...bsReplies.map(([n, h, t, x], i) => item(n, h, t, x, [i === 1 ? 1 : 0, i, 12 + i * 5])),
].join('\n');
const navLink = (t: string) =>
  `<a href="/${t === 'Home' ? '' : t.toLowerCase()}" aria-label="${t}" role="link" class="css-175oi2r r-1loqt21" style="flex-direction: row; ` +
  `align-items: center; padding: 12px;"><svg fill="none" width="24" viewBox="0 0 24 24" height="24"></svg>` +
  `<div dir="auto" class="css-146c3p1" style="font-size: 17px; margin-left: 16px;">${t}</div></a>`;
const bsHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="color-scheme: light;"><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="referrer" content="origin-when-cross-origin"><title>${bsName}: "We spent last summer counting every bumblebee nest we could find on 400 hectares
of mixed
farmland in north Dorset…" — Bluesky</title>
<meta property="og:site_name" content="Bluesky Social"><meta property="og:type" content="article"><meta property="profile:username"
content="rosalind-mere.bsky.social">
<meta property="og:description" content="${bsPosts[0]}"><meta name="twitter:card" content="summary_large_image">
<link rel="alternate" href="at://did:plc:7x26rm/app.bsky.feed.post/3lkq2"><link rel="stylesheet" href="/static/css/main.f1c9a2.css">
<style id="react-native-stylesheet">[stylesheet-group="0"]{}
body{margin:0;}.css-175oi2r{align-items:stretch;background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;display:flex;flex-basis:auto;}
.css-146c3p1{background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;color:rgba(0,0,0,1.00);display:inline;font:14px -apple-system;}
.r-1loqt21{cursor:pointer;}.r-1otgn73{touch-action:manipulation;}.r-1xnzce8{user-select:text;}</style></head>
<body><div id="root"><div class="css-175oi2r" style="flex: 1 1 0%; min-height: 100vh;">
<nav role="navigation" class="css-175oi2r" style="position: fixed; left: calc(50vw - 300px - 245px); top: 0px; width: 245px;">
<a href="/profile/me" aria-label="Profile" class="css-175oi2r"><img alt="" src="https://cdn.bsky.app/img/avatar_thumbnail/me.jpg" style="width: 36px;"></a>
${bsNav.map(navLink).join('\n')}
<button aria-label="New Post" role="button" class="css-175oi2r r-1loqt21" style="background-color: rgb(16, 131, 254); border-radius: 999px;">
<div dir="auto" class="css-146c3p1" style="color: rgb(255, 255, 255); font-weight: 600;">New Post</div></button></nav>
<main class="css-175oi2r" style="width: 600px; margin-left: auto; margin-right: auto; border-left-width: 1px; border-right-width: 1px;">
<div class="css-175oi2r" style="flex-direction: row; align-items: center; padding: 8px 16px; position: sticky; top: 0;">
<button aria-label="Back" role="button" data-testid="viewHeaderDrawerBtn" class="css-175oi2r r-1loqt21"><svg width="24" height="24"></svg></button>
<div dir="auto" role="heading" aria-level="1" class="css-146c3p1" style="font-size: 17px; font-weight: 600;">Post</div></div>
<div class="css-175oi2r" data-testid="postThreadScreen">
${bsThread}
</div></main>
<div class="css-175oi2r" role="complementary" style="position: fixed; left: calc(50vw + 300px + 20px); top: 0; width: 300px;">
<div class="css-175oi2r"><input aria-label="Search" placeholder="Search" data-testid="searchTextInput" class="css-11aywtz"></div>
<div class="css-175oi2r"
style="border-radius: 8px; padding:
12px;">${bsFeeds.map((t) => `<a href="/feeds" role="link"><div dir="auto" class="css-146c3p1">${t}</div></a>`).join('')}</div>
<div class="css-175oi2r"><div dir="auto" class="css-146c3p1" style="font-weight: 600;">Trending</div>
${bsTrending.map((t) => `<a href="/search?q=${encodeURIComponent(t)}" role="link"><div dir="auto" class="css-146c3p1">${t}</div></a>`).join('')}</div>
<div class="css-175oi2r"
style="flex-direction: row; gap: 8px;">${bsFoot.map((t) => `<a href="/${t.toLowerCase()}"><span class="css-1jxf684">${t}</span></a>`).join(' · ')}</div>
</div></div></div></body></html>`;
export const blueskyThread: TestPage = {
  html: bsHtml,
  name: 'heldout27-bluesky-thread',
  kind: 'forum',
  // the article is the author's thread, the anchor post and its six self-replies ("1/7".."7/7" kept: they are written in
  // the posts); other people's replies below the composer are comments, furniture, and so is the author's own answer to one
  // of them (it answers a comment, it does not continue the numbered thread); every name, handle, the full timestamp and
  // the relative times ("3h", "2h", "1h", "48m") are bylines; the link card (paper title and domain), "ALT", "Follow",
  // "Everybody can reply", the reposts/quotes/likes labels, "Write your reply", the "Post" header, nav, feeds, trending and
  // footer links are furniture; the bare counts are left out; a post has no headline: the title is the one the page gives
  // it, the <title>'s quoted opening of the first post, without the author's name (a byline) and the site name
  // a gold change of session 15, after measuring: the replies of other accounts (and the author's answer) are body, as batch 9's
  // Mastodon thread set a social thread's replies ("the posts are the body, as on the earlier forum pages")
  title: 'We spent last summer counting every bumblebee nest we could find on 400 hectares of mixed farmland in north Dorset…',
  headings: [],
  body: [...texts(bsPosts), ...bsReplies.map((r) => r[3])],
  bylines: [
    bsName,
    bsHandle,
    'March 9, 2026 at 7:14 AM',
    '3h',
    'Tom Halloran',
    '@tomhalloran.bsky.social',
    '2h',
    'Dr Nadia Osei',
    '@nadiaosei.bsky.social',
    '1h',
    'hedgelayer_jim',
    '@hedgelayer.bsky.social',
    '48m',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bsNav, 'New Post', 'Post', 'Follow', 'ALT', 'Everybody can reply', 'reposts', 'quotes', 'likes', ...bsCard, 'Write your reply',
    ...bsFeeds, 'Trending', ...bsTrending, ...bsFoot,
  ],
};

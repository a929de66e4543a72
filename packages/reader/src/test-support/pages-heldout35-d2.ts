import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 35, file d2: a public Facebook Page post with comments, as saved logged out (atomic class names, the banner
 * with the e-mail / password log-in, the post header with the Page name, date link and the "Shared with Public" svg title,
 * the message as dir="auto" lines with emoji bullets and hashtags, the photo with its generated alt, the reactions bar and
 * counts, Like / Comment / Share buttons, "Most relevant", comments as role="article" with "Top fan" and "Author" badges,
 * times, Like / Reply, reaction counts and "Edited", "View all 2 replies", the log-in dialog, the bottom sign-up bar, the
 * cookie dialog and the server-side JSON payloads).
 */
const fbPage = 'Alder Creek Parks & Recreation';
const fbTitle = 'The Riverside Trail footbridge reopens this Saturday, January 17!';
const fbPost = [
  'After eight months of repairs, crews finished the new decking and railings this week and the bridge passed its final ' +
    'inspection on Tuesday. The section of trail between Mill Street and Heron Point will open to walkers, runners and cyclists at 8 a.m.',
  'A few things to know before you go:',
  '✅ The detour signs on Canal Road will come down on Friday afternoon.',
  '✅ The bridge is wider than before, but please keep to the right and ring your bell when passing.',
  '✅ The parking lot at Heron Point stays closed for resurfacing until February.',
  'Thank you for your patience while we closed one of the busiest links in the trail network. See you out there! 🚶‍♀️🚴',
  '#AlderCreekParks #RiversideTrail',
];
const fbC1 = 'Finally!! My morning loop has been twice as long since May. Thank you to the crews who worked through that heat wave.';
const fbC2 = 'Will the bridge be plowed in winter? The old one was basically an ice rink from December to March.';
const fbC2r =
  'Hi Marcus, yes. The new deck has a grit surface, and it is now on the same winter maintenance route as the rest of the paved ' +
  'trail, so it will be cleared after the roads.';
const fbC3 = 'Any chance the Heron Point lot will open earlier than February? It’s the only accessible parking near that end of the trail.';
const fbC3r =
  'Priya, the accessible spaces at the north end of the lot will reopen this Saturday with the bridge. The rest of the lot follows ' +
  'when the resurfacing is done.';
const fbC4 = 'Walked past this morning and it looks great. The new railings are much nicer than the chain link fence they had up during construction.';
const fbC5 =
  'Please put a bench back at the Heron Point end! The old one was the only place to sit between the library and the boathouse, ' +
  'and a lot of older walkers used it.';
const fbC6 =
  'Is there any plan for lighting on the bridge itself? It gets dark before five in winter and the east side of the path has no ' +
  'lights at all between the bridge and Canal Road.';
const esc = (s: string): string => s.replace(/&/g, '&amp;');
type FbComment = { name: string; href: string; when: string; text: string; badge?: string; reacts?: string; edited?: boolean; reply?: boolean };
const fbComment = (c: FbComment): string => `
<div class="x1n2onr6 x1iorvi4 x4uap5 x18d9i69 xurb0ha x78zum5 x1q0g3np x1a2a7pz${c.reply ? ' x1swvt13' : ''}" aria-label="Comment by ${esc(c.name)}" \
role="article" tabindex="-1"><div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x4uap5"><a aria-hidden="true" href="${c.href}" tabindex="-1"><svg \
aria-label="${esc(c.name)}" class="x3ajldb" role="img" style="height: 32px; width: 32px;"><mask id=":r4n:"><circle cx="16" cy="16" fill="white" r="16">\
</circle></mask><g mask="url(#:r4n:)"><image x="0" y="0" height="100%" width="100%" href="https://scontent.xx.fbcdn.net/v/t39.30808-1/p32x32.jpg">\
</image></g></svg></a></div><div class="x1n2onr6 x1ye3gou xn6708d x1iorvi4"><div class="xwib8y2 xn6708d x1ye3gou x1y1aw1k"><div class="x78zum5 xdt5ytf">
<span class="x3nfvp2"><span class="xt0psk2"><a class="x1i10hfl xjbqb8w x1ejq31n xd10rxx" href="${c.href}" role="link" tabindex="0"><span \
class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x4zkp8e x676frb x1nxh6w3 x1sibtaa \
xo1l8bm xzsf02u"><span class="xt0psk2"><span class="xjp7ctv"><span>${esc(c.name)}</span></span></span></span></a></span></span>
${c.badge === undefined ? '' : `<div class="x1rg5ohu x1n2onr6 x3ajldb"><span class="x193iq5w xeuugli x13faqbe x1vvkbs">${c.badge}</span></div>`}
<div class="x1lliihq xjkvuk6 x1iorvi4" dir="auto"><span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x6prxxf xvq8zen xo1l8bm xzsf02u" dir="auto" \
lang="en-US"><div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs"><div dir="auto" style="text-align: start;">${c.text}</div></div></span></div></div></div>
<ul class="html-ul x3ct3a4 xdj266r x14z9mp x1lziwak x1s9vgiq x78zum5 x1wfe3co xat24cr xsyo7zv x16hj40l x10b6aqq x1yrsyyn"><li class="html-li x1rg5ohu \
x1emribx x1i64zmx"><span class="x4k7w5x x1h91t0o x1h9r5lt x1jfb8zj xv2umb2 x1beo9mf xaigb6o x12ejxvf x3igimt xarpa2k xedcshv x1lytzrv x1t2pt76 x7ja8zs \
x1qrby5j"><a href="${c.href}&amp;comment_id=Y29tbWVudDo" role="link" tabindex="0">${c.when}</a></span></li><li class="html-li x1rg5ohu x1emribx \
x1i64zmx"><div aria-label="Like" role="button" tabindex="0"><span>Like</span></div></li><li class="html-li x1rg5ohu x1emribx x1i64zmx"><div role="button" \
tabindex="0"><span>Reply</span></div></li>${c.edited ? '<li class="html-li x1rg5ohu"><span class="x1n2onr6">Edited</span></li>' : ''}</ul>
${
  c.reacts === undefined
    ? ''
    : `<div aria-label="${c.reacts} reactions; see who reacted to this" role="button" tabindex="0"><span \
class="x1e558r4">${c.reacts}</span></div>`
}
</div></div>`;
const fbHtml = `<!DOCTYPE html>
<html id="facebook" class="_9dls __fb-light-mode" lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="referrer" content="origin-when-crossorigin"
 id="meta_referrer"><title>${esc(fbPage)} - 🌉 ${fbTitle} After eight months of repairs, crews finished the new... | Facebook</title>
<meta property="og:title" content="${esc(fbPage)}"><meta property="og:description" content="🌉 ${fbTitle} After eight months of repairs, crews finished">
<meta property="og:url" content="https://www.facebook.com/AlderCreekParks/posts/pfbid02vXq8hKLr3mNw7"><link rel="stylesheet" \
href="https://static.xx.fbcdn.net/rsrc.php/v4/yX/l/0,cross/8fQ2zz.css">
<style nonce="u8XvP1Qa">.x1lliihq{display:block}.x1n2onr6{position:relative}.x193iq5w{max-width:100%}</style>
<script type="application/json" data-content-len="412" data-sjs>\
{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["CurrentUserInitialData",[],
{"ACCOUNT_ID":"0","USER_ID":"0","NAME":"","SHORT_NAME":null,"IS_BUSINESS_PERSON_ACCOUNT":false},270]]}}]]]}</script></head>
<body class="_6s5d _71pn system-fonts--body segoe" dir="ltr"><div class="x1n2onr6 x1ja2u2z" id="mount_0_0_Kq"><div><div class="x9f619 x1n2onr6 x1ja2u2z">
<div role="banner" class="x1qjc9v5 x78zum5 xdt5ytf"><a aria-label="Facebook" href="/" role="link"><svg viewBox="0 0 36 36" height="40" width="40"><path
 d="M20.181 35.87C29.094 34.791 36 27.202 36 18"></path></svg></a><form class="x1n2onr6" method="post"><input aria-label="Email or phone" name="email"
 placeholder="Email or phone" type="text"><input aria-label="Password" name="pass" placeholder="Password" type="password"><div aria-label="Accessible login \
button"
 role="button" tabindex="0"><span class="x1lliihq">Log In</span></div><a href="/recover/initiate/" role="link"><span>Forgot Account?</span></a></form></div>
<div role="main" class="x78zum5 xdt5ytf x1iyjqo2"><div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div class="x1n2onr6 x1ja2u2z x1jx94hy" aria-posinset="1">
<div class="x78zum5 x1q0g3np"><a aria-label="${esc(fbPage)}" href="https://www.facebook.com/AlderCreekParks" role="link" tabindex="0"><svg aria-hidden="true"
 class="x3ajldb" style="height: 40px; width: 40px;"><image href="https://scontent.xx.fbcdn.net/v/t39.30808-1/p40x40.jpg"></image></svg></a>
<div class="x1iyjqo2"><h2 class="html-h2 xdj266r x11i5rnm xat24cr x1mh8g0r xexx8yu x4uap5 x18d9i69 xkhd6sd x1vvkbs x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz">
<span class="xjp7ctv"><a href="https://www.facebook.com/AlderCreekParks" role="link" tabindex="0"><strong><span>${esc(fbPage)}</span></strong></a></span></h2>
<div class="x1nxh6w3 x1sibtaa x1s688f xi81zsa"><span class="x4k7w5x x1h91t0o"><a aria-label="January 14 at 3:06 PM" \
href="https://www.facebook.com/AlderCreekParks/\
posts/pfbid02vXq8hKLr3mNw7" role="link" tabindex="0"><span>January 14 at 3:06 PM</span></a></span><span aria-hidden="true"> · </span><span class="x1rg5ohu">\
<svg viewBox="0 0 16 16" width="12" height="12" fill="currentColor" class="x19dipnz"><title>Shared with Public</title><g fill-rule="evenodd"><path d="M8 0a8">\
</path>\
</g></svg></span></div></div><div aria-haspopup="menu" aria-label="Actions for this post" role="button" tabindex="0"><svg viewBox="0 0 20 20"></svg></div></div>
<div data-ad-comet-preview="message" data-ad-preview="message" class="x6s0dn4 x78zum5 xdt5ytf"><div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">
<div dir="auto" style="text-align: start;">🌉 ${fbTitle}</div></div><div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">
${fbPost
  .slice(0, -1)
  .map((p) => `<div dir="auto" style="text-align: start;">${p}</div>`)
  .join('\n')}
<div dir="auto" style="text-align: start;"><span class="html-span x1hl2dhg"><a class="x1i10hfl xjbqb8w" href="/hashtag/aldercreekparks?__eep__=6" role="link" \
tabindex="0">#AlderCreekParks</a></span> <span class="html-span x1hl2dhg"><a class="x1i10hfl xjbqb8w" href="/hashtag/riversidetrail?__eep__=6" role="link" \
tabindex="0">#RiversideTrail</a></span></div></div></div>
<div class="x10l6tqk x13vifvy"><a href="https://www.facebook.com/photo/?fbid=1187352206654" role="link"><img alt="May be an image of bridge, river and trees"
 class="x1ey2m1c xds687c x5yr21d x10l6tqk x17qophe x13vifvy xh8yej3" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/475912_n.jpg"></a></div>
<div class="x6s0dn4 xi81zsa x78zum5 x6prxxf x13a6bvl xvq8zen xdj266r"><span aria-label="See who reacted to this" role="toolbar"><span><div aria-label="Like: \
912 people"
 role="button" tabindex="0"><img height="18" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" width="18" alt=""></div></span></span><div class="x1i10hfl x1qjc9v5">
<span class="x1e558r4">All reactions:</span><span aria-hidden="true" class="xrbpyxo x6ikm8r x10wlt62 xlyipyv x1exxlbk"><span><span class="xt0b8zv x1jx94hy">\
1.1K</span></span></span></div><div class="x9f619 x1n2onr6 x1ja2u2z"><div role="button" tabindex="0"><span class="html-span">214 comments</span></div>
<div role="button" tabindex="0"><span class="html-span">63 shares</span></div></div></div>
<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5 xdt5ytf x193iq5w xeuugli x1r8uery x1iyjqo2 xs83m0k xg83lxy"><div aria-label="Like" role="button" tabindex="0">
<span class="x3nfvp2 x1emribx">Like</span></div><div aria-label="Leave a comment" role="button" tabindex="0"><span>Comment</span></div><div \
aria-label="Send this to friends or post it on your profile." role="button" tabindex="0"><span>Share</span></div></div>
<div class="x1jx94hy x12nagc"><div aria-expanded="false" aria-haspopup="menu" role="button" tabindex="0"><span class="x193iq5w">Most relevant</span></div>
<div role="menu" hidden><div role="menuitem"><span>Most relevant</span><span>Show friends’ comments and the most engaging comments first.</span></div>
<div role="menuitem"><span>Newest</span><span>Show all comments with the newest comments first.</span></div></div>
<div class="x1gslohp">
${fbComment({ name: 'Deb Kowalczyk', href: 'https://www.facebook.com/deb.kowalczyk.52', when: '2d', text: fbC1, badge: 'Top fan', reacts: '48' })}
${fbComment({ name: 'Marcus Hale', href: 'https://www.facebook.com/marcus.hale.9', when: '2d', text: fbC2, reacts: '17' })}
<div class="x1n2onr6 xyri2b x1c1uobl">${fbComment({
  name: fbPage,
  href: 'https://www.facebook.com/AlderCreekParks?comment_id=2',
  when: '2d',
  text: fbC2r,
  badge: 'Author',
  reacts: '22',
  reply: true,
})}</div>
${fbComment({ name: 'Priya Raman', href: 'https://www.facebook.com/priya.raman.31', when: '1d', text: fbC3, reacts: '9', edited: true })}
<div class="x1n2onr6 xyri2b x1c1uobl">${fbComment({
  name: fbPage,
  href: 'https://www.facebook.com/AlderCreekParks?comment_id=4',
  when: '1d',
  text: fbC3r,
  badge: 'Author',
  reacts: '11',
  reply: true,
})}<div role="button" tabindex="0"><span class="x193iq5w">View all 2 replies</span></div></div>
${fbComment({ name: 'Glen Whitacre', href: 'https://www.facebook.com/glen.whitacre', when: '20h', text: fbC4, reacts: '6' })}
${fbComment({ name: 'Rosa Delgado-Finch', href: 'https://www.facebook.com/rosa.delgadofinch', when: '14h', text: fbC5, badge: 'Top fan', reacts: '31' })}
${fbComment({ name: 'Tom Brannigan', href: 'https://www.facebook.com/tbrannigan', when: '9h', text: fbC6, reacts: '4' })}
</div><div role="button" tabindex="0"><span class="x193iq5w">View more comments</span></div><div class="x1i10hfl" aria-hidden="true">8 of 214</div></div>
</div></div></div>
<div class="x1ey2m1c x78zum5 x10l6tqk x1vjfegm" role="dialog" aria-label="See more from ${esc(fbPage)}"><div class="x1n2onr6"><span class="x193iq5w">See more \
from \
${esc(fbPage)}</span><input placeholder="Email or phone number" aria-label="Email or phone number" type="text"><input placeholder="Password" type="password">
<div role="button" tabindex="0"><span>Log in</span></div><a href="/recover/initiate/"><span>Forgot password?</span></a><span class="x1lliihq">or</span>
<a href="/r.php" role="button"><span>Create new account</span></a></div></div>
<div class="x1n2onr6 x1vjfegm xixxii4 x13vifvy"><span class="x193iq5w">Log in or sign up for Facebook to connect with friends, family and people you \
know.</span>
<a href="/login/" role="button"><span>Log In</span></a><span>or</span><a href="/r.php" role="button"><span>Create new account</span></a></div>
<div role="dialog" aria-label="Allow the use of cookies from Facebook on this browser?" class="x1n2onr6 x1ja2u2z"><h2 class="html-h2">Allow the use of cookies \
from Facebook on this browser?</h2><div>We use cookies and similar technologies to help show you content, improve our products and keep Facebook safe.</div>
<div role="button" tabindex="0"><span>Decline optional cookies</span></div><div role="button" tabindex="0"><span>Allow all cookies</span></div></div>
</div></div></div><script type="application/json" data-content-len="96" data-sjs>{"require":[["TimeSliceImpl"],["ServerTimeData",[],\
{"serverTime":1768600000000}]]}</script></body></html>`;
export const facebookPublicPost: TestPage = {
  html: fbHtml,
  name: 'heldout35-facebook-public-post',
  kind: 'forum',
  // the post has no title of its own: its headline-like first line (in the page <title> too) is the title, without the emoji;
  // the rest of the message, the checked lines and the hashtag line (the poster's own text) are body, and so are the six
  // comments and the Page's two replies; the Page name, commenters' names and the times ("January 14 at 3:06 PM", "2d") are
  // bylines; "Top fan" and "Author" badges, "Edited", reaction and comment counts, the buttons, "Most relevant" and its hidden
  // menu, "View all 2 replies", "View more comments", the "Shared with Public" svg title, the log-in banner and dialog, the
  // sign-up bar and the cookie dialog are furniture; the image alt is in neither (not text); "or" and the bare counts are left out
  title: fbTitle,
  headings: [],
  body: texts([...fbPost, fbC1, fbC2, fbC2r, fbC3, fbC3r, fbC4, fbC5, fbC6]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    fbPage, 'January 14 at 3:06 PM', 'Deb Kowalczyk', '2d', 'Marcus Hale', 'Priya Raman', '1d', 'Glen Whitacre', '20h', 'Rosa Delgado-Finch', '14h',
    'Tom Brannigan', '9h',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Forgot Account?', 'Shared with Public', 'All reactions:', '1.1K', '214 comments', '63 shares', 'Like', 'Comment', 'Share',
    'Most relevant', 'Show friends’ comments and the most engaging comments first.', 'Newest', 'Show all comments with the newest comments first.',
    'Top fan', 'Author', 'Reply', 'Edited', 'View all 2 replies', 'View more comments', '8 of 214', `See more from ${fbPage}`, 'Forgot password?',
    'Create new account', 'Log in or sign up for Facebook to connect with friends, family and people you know.',
    'Allow the use of cookies from Facebook on this browser?',
    'We use cookies and similar technologies to help show you content, improve our products and keep Facebook safe.', 'Decline optional cookies',
    'Allow all cookies',
  ],
};

import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file b2: a wildlife rescue centre's Facebook page as saved logged out (the page header with likes and
 * followers, the tab bar, the Intro box with category, address and rating, the feed of posts with their timestamps, reaction
 * and comment counts, Like / Comment / Share buttons and the comments shown under them, the login prompt and the cookie dialog).
 * The page's posts are its body; the page name in the h1 is the title.
 */
const fTitle = 'Fernbrook Wildlife Rescue';
const post1 = [
  j(
    'UPDATE on the swan from the canal at Holtby Lock 🦢 Thank you to everyone who shared our appeal on Tuesday. Thanks to a sharp-eyed',
    'dog walker we were able to catch her yesterday evening, and our volunteers Nell and Gareth had her back at the centre within the hour.',
  ),
  j(
    'She had about two metres of fishing line wrapped round her neck and a hook lodged in the side of her bill. Our vet removed both',
    'under a light anaesthetic this morning and, amazingly, there is no lasting damage. She is eating well and hissing at everyone,',
    'which is exactly what we like to see.',
  ),
  j(
    'Please, if you fish, take every bit of line and tackle home with you. We treat more than forty swans a year for line injuries,',
    'and every one of them is avoidable.',
  ),
];
const post2 = [
  j(
    'Hedgehog season is starting early this year! We have already admitted eleven hoglets that were out in the daytime, which is',
    'never a good sign in a young hedgehog. If you find one out during the day, here is what to do:',
  ),
  '1. Pick it up with thick gloves or a towel and put it in a high-sided box with a towel to hide under.',
  '2. Offer a shallow dish of water and some meaty cat or dog food. Never give milk or bread.',
  '3. Keep it somewhere quiet and warm, and call us on the helpline so we can advise you.',
  'Our helpline is open from 8am to 8pm every day. Outside those hours, leave a message and we will call back first thing.',
];
const post3 = [
  j(
    'We are looking for volunteer drivers! Most of our patients arrive because a member of the public has found them, but many people',
    'cannot bring an animal to us themselves. Our drivers collect casualties from across the district and take recovered animals back',
    'to where they were found for release.',
  ),
  j(
    'You will need a full licence, your own car and a few hours a week. We provide carriers, gloves, training and mileage expenses.',
    'Drop us a message or fill in the form on our website if you would like to join the team. 🚗',
  ),
];
const post4 = [
  j(
    'Release day for the four tawny owl chicks that came to us in April after their nest tree was felled. After ten weeks in our',
    'flight aviary they went back out last night in a wood two miles from where they hatched, with a feeding station to help them',
    'while they learn to hunt. Thank you to the landowner who let us use his barn for a soft release. 🦉',
  ),
];
const cm = (name: string, text: string, ago: string): string => `<div class="x1n2onr6 x1swvt13" role="article" aria-label="Comment by ${name} ${ago}">
<div class="x1y1aw1k"><span class="x3nfvp2"><a href="/${name.replace(/ /g, '.')}" role="link"><span class="x193iq5w xeuugli">${name}</span></a></span>
<div class="xdj266r x11i5rnm" dir="auto"><span class="x193iq5w" lang="en-GB">${text}</span></div></div>
<ul class="x1n0m28w"><li><span class="x4k7w5x"><a href="#" role="link">${ago}</a></span></li><li><div role="button">Like</div></li>
<li><div role="button">Reply</div></li></ul></div>`;
const post = (
  id: string,
  time: string,
  paras: readonly string[],
  reacts: string,
  count: string,
  comments: string,
): string => `<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">
<div aria-posinset="${id}" aria-describedby=":r${id}a:" aria-labelledby=":r${id}b:" class="x1a2a7pz" role="article"><div class="x78zum5 xdt5ytf">
<div class="xu06os2 x1ok221b"><h2 class="x1heor9g x1qlqyl8" id=":r${id}b:"><span class="xt0psk2"><a href="/fernbrookrescue" role="link"><strong>
<span>Fernbrook Wildlife Rescue</span></strong></a></span></h2>
<span class="x4k7w5x"><a href="/fernbrookrescue/posts/pfbid0${id}" role="link" aria-label="${time}"><span>${time}</span></a> · <span
aria-label="Shared with Public">🌍</span></span></div>
<div id=":r${id}a:" class="x1iorvi4 x1pi30zi" data-ad-comet-preview="message" data-ad-preview="message"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u">
<div class="xu06os2 x1ok221b"><span class="x193iq5w xeuugli x13faqbe x1vvkbs" dir="auto">
${ps(paras, ' class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs" dir="auto"')}
</span></div></div></div>
<div class="x6s0dn4 xi81zsa x78zum5"><span class="x1e558r4" aria-label="All reactions:">👍❤️</span><span class="xt0b8zv x1jx94hy">${reacts}</span>
<span class="x193iq5w xeuugli">${count}</span></div>
<div class="x9f619 x1n2onr6 x1ja2u2z"><div role="button" tabindex="0" aria-label="Like"><span>Like</span></div>
<div role="button" tabindex="0" aria-label="Leave a comment"><span>Comment</span></div>
<div role="button" tabindex="0" aria-label="Send this to friends or post it on your profile."><span>Share</span></div></div>
<div class="x1jx94hy x12nagc">${comments}</div></div></div></div>`;
const fComments1 = ['So glad she is OK. Well done to all of you, you are amazing.', 'I walk that towpath every day and see line everywhere. Shameful.'];
const fComment3 = 'I did this for two years and loved it. Highly recommend!';
const fHtml = `<!DOCTYPE html>
<html id="facebook" class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="referrer" content="origin-when-crossorigin"
id="meta_referrer"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fernbrook Wildlife Rescue | Holtby | Facebook</title><meta property="og:title" content="Fernbrook Wildlife Rescue">
<meta property="og:description" content="Fernbrook Wildlife Rescue. 4,231 likes · 212 talking about this. Caring for sick, injured and orphaned wildlife.">
<meta property="og:url" content="https://www.facebook.com/fernbrookrescue/"><meta property="og:type" content="profile">
<link rel="stylesheet" href="https://static.xx.fbcdn.example/rsrc.php/v3/yB/l/0,cross/kE7p7gXpOFi.css" data-bootloader-hash="tH7cNzy">
<script type="application/ld+json" nonce="">{"@context":"http://schema.org","@type":"Organization","name":"Fernbrook Wildlife Rescue"}</script>
<script nonce="">requireLazy(["ServerJS"],function(s){(new s()).handle({"require":[["CometPlatformRootClient","init",[],[]]]});});</script>
</head><body class="_6s5d _71pn system-fonts--body segoe" dir="ltr">
<div class="x9f619 x1n2onr6 x1ja2u2z" id="mount_0_0_Kf"><div role="banner" class="x1c9tyrk x78zum5"><a aria-label="Facebook" href="/"
role="link">facebook</a>
<div class="x1iyjqo2"><a href="/login/" role="button"><span>Log in</span></a><a href="/r.php" role="button"><span>Create new account</span></a></div></div>
<div role="main" class="x78zum5 xdt5ytf x1iyjqo2">
<div class="x1jx94hy x78zum5"><div class="x1e56ztr x1xmf6yo"><h1 class="html-h1 xdj266r x11i5rnm">${fTitle}</h1></div>
<div class="x1e56ztr"><span class="x193iq5w"><a href="/fernbrookrescue/friends_likes/" role="link">4.2K likes</a> • <a href="/fernbrookrescue/followers/"
role="link">4.6K followers</a></span></div>
<div class="x6s0dn4 x78zum5"><div role="button" aria-label="Follow"><span>Follow</span></div><div role="button" aria-label="Message"><span>Message</span></div>
</div></div>
<div role="tablist" class="x1i10hfl x78zum5"><a role="tab" aria-selected="true" href="/fernbrookrescue"><span>Posts</span></a>
<a role="tab" href="/fernbrookrescue/about"><span>About</span></a><a role="tab" href="/fernbrookrescue/mentions"><span>Mentions</span></a>
<a role="tab" href="/fernbrookrescue/reviews"><span>Reviews</span></a><a role="tab" href="/fernbrookrescue/photos"><span>Photos</span></a></div>
<div class="x193iq5w x1xwk8fm"><div class="x9f619 x1n2onr6"><div class="xieb3on"><h2 class="x1heor9g"><span>Intro</span></h2>
<div class="x2b8uid" dir="auto"><span>Caring for sick, injured and orphaned wildlife in the Holtby valley since 1998. Registered charity 1061187.</span></div>
<ul class="x1n2onr6"><li><span>Page · Animal rescue service</span></li><li><span>Mill Farm, Holtby Road, Holtby</span></li>
<li><span>Helpline 01632 960 412</span></li><li><span>Rating · 4.9 (318 reviews)</span></li></ul></div></div>
<div role="feed" class="x1hc1fzr x1unhpq9">
${post('1', 'Yesterday at 4:51 PM', post1, '1.1K', '64 comments', fComments1.map((c, i) => cm(['Linda Marsh', 'Tom Ashby'][i] ?? '', c, '2d')).join('\n'))}
${post('2', 'March 3 at 9:14 AM', post2, '486', '23 comments', '')}
${post('3', 'February 27 at 6:02 PM', post3, '212', '9 comments', cm('Rachel Dunn', fComment3, '1w'))}
${post('4', 'February 20 at 10:40 AM', post4, '2.3K', '118 comments', '')}
</div></div></div>
<div class="x1n2onr6 login-prompt" role="dialog"><div class="x78zum5"><span class="x193iq5w">See more from Fernbrook Wildlife Rescue</span>
<a href="/login/" role="button"><span>Log in</span></a><span>or</span><a href="/r.php" role="button"><span>Create new account</span></a></div></div>
<div role="dialog" aria-label="Allow the use of cookies from Facebook on this browser?" class="x1n2onr6 cookie-dialog">
<h2 class="x1heor9g"><span>Allow the use of cookies from Facebook on this browser?</span></h2>
<span class="x193iq5w">We use cookies and similar technologies to help provide and improve content on Meta Products.</span>
<div role="button" aria-label="Decline optional cookies"><span>Decline optional cookies</span></div>
<div role="button" aria-label="Allow all cookies"><span>Allow all cookies</span></div></div></div>
<script nonce="">requireLazy(["TimeSliceImpl","ServerJS"],function(T,S){(new S()).handle({"define":[["LinkshimHandlerConfig",[],{},27]]});});</script>
</body></html>`;
export const fbRescue: TestPage = {
  name: 'heldout331-facebook-rescue-centre-updates',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...post1, ...post2, ...post3, ...post4]),
  bylines: ['Yesterday at 4:51 PM', 'March 3 at 9:14 AM', 'February 27 at 6:02 PM', 'February 20 at 10:40 AM', 'Linda Marsh', 'Tom Ashby', 'Rachel Dunn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'facebook', 'Log in', 'Create new account', '4.2K likes', '4.6K followers', 'Follow', 'Message', 'Posts', 'About', 'Mentions', 'Reviews', 'Photos',
    'Intro', 'Caring for sick, injured and orphaned wildlife in the Holtby valley since 1998. Registered charity 1061187.',
    'Page · Animal rescue service', 'Mill Farm, Holtby Road, Holtby', 'Helpline 01632 960 412', 'Rating · 4.9 (318 reviews)', '1.1K', '64 comments',
    '486', '23 comments', '212', '9 comments', '2.3K', '118 comments', 'Like', 'Comment', 'Share', 'Reply', ...fComments1, fComment3,
    'See more from Fernbrook Wildlife Rescue', 'Allow the use of cookies from Facebook on this browser?',
    'We use cookies and similar technologies to help provide and improve content on Meta Products.', 'Decline optional cookies', 'Allow all cookies',
  ],
};

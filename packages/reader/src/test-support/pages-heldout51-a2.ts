import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 51, file a2: a DeviantArt deviation page as a logged-out visitor saves it in 2025 (the React app's header
 * with "Join" and "Log In", the image stage with its action bar, the title and artist block with "Watch", the published date,
 * stats, the artist's description, tags, image details, the comment thread with the artist's reply, like counts and "Reply"
 * buttons, "More by" and "More like this" rails, the cookie banner, the footer and the inlined state script).
 */
const daTitle = 'The Lamplighter’s Last Round';
const daUser = 'orrinvale';
const daDesc = [
  'The lamplighter of Hollin Street was a real job in my grandmother’s town until 1961, when the last gas lamps were switched ' +
    'over to electric. She used to tell me about a man called Eddery who did the round every evening with a ladder on his ' +
    'shoulder and a brass hook on a pole, and who was so punctual that people set their clocks by him.',
  'I wanted to paint his final round, the night before the council crews came. The street is made up, but the shape of the ' +
    'lamps comes from an old photograph she kept in a biscuit tin. I kept nearly everything in blues and greys so the flame ' +
    'would be the only warm colour in the picture, and I let the rain wash most of the detail out of the buildings.',
  'Painted in Krita over about three weeks of evenings, with a custom round brush for the rain and a textured one for the ' +
    'brickwork. The process video and the brush pack are on my Patreon for anyone who wants them.',
  'Prints are in my shop if you would like one on your wall. Please do not repost this image or use it to train AI models.',
];
interface DaComment {
  who: string;
  when: string;
  text: string;
  likes: number;
  badge?: string;
  reply?: boolean;
}
const daComments: DaComment[] = [
  {
    who: 'MarrowAndMoss',
    when: 'Nov 29, 2025',
    likes: 14,
    badge: 'Core Member',
    text: 'The glow spilling onto the wet cobbles is gorgeous, you can almost hear the rain. How long did the reflections take ' + 'you?',
  },
  {
    who: daUser,
    when: 'Nov 29, 2025',
    likes: 9,
    reply: true,
    text: 'Longer than the figure! Probably six hours on the street alone, most of it deleting strokes that looked too clean.',
  },
  {
    who: 'kestrel-ink',
    when: 'Nov 30, 2025',
    likes: 22,
    text: 'I love that the lamplighter is the only warm thing in the picture and he is about to put it out. That is a whole ' + 'short story in one image.',
  },
  {
    who: 'quietcartographer',
    when: 'Dec 1, 2025',
    likes: 6,
    text: 'This colour restraint is something I really need to learn. Every blue is doing a different job.',
  },
  {
    who: 'Tobiah-Arts',
    when: 'Dec 3, 2025',
    likes: 3,
    badge: 'Core Member',
    text: 'Added to the December feature in our group, congratulations on a lovely piece!',
  },
];
const daNav = ['Discover', 'Daily Deviations', 'Shop', 'Groups', 'Submit'];
const daTags = ['#digitalpainting', '#krita', '#lamplighter', '#rain', '#nightscene', '#streetlamp', '#nostalgia'];
const daMoreBy = ['The Tallyman’s Ledger', 'Harbour Fog, 5 a.m.', 'Study: Wet Slate Roofs', 'Eddery (sketch)'];
const daMoreLike = ['Gaslight Alley by fenwick-draws', 'Last Tram Home by Soraya-Mint', 'Nocturne in Blue by hullabaloo-art'];
const daFoot = [
  'About DeviantArt',
  'Contact',
  'Core Membership',
  'Advertise',
  'Developers',
  'Terms of Service',
  'Privacy Policy',
  'Copyright Policy',
  'Etiquette',
  'Help & FAQ',
  'Sitemap',
];
const daComment = (c: DaComment, i: number): string => `<div class="_3ORNq${c.reply === true ? ' _2nEFo' : ''}" data-hook="comment_${7700311 + i}"
 style="margin-left:${c.reply === true ? 48 : 0}px"><div class="_1Q6yN"><a data-hook="user_link" data-username="${c.who}" class="user-link _277bf"
 href="https://www.deviantart.com/${c.who.toLowerCase()}"><span class="_2UI2c">${c.who}</span></a>${
   c.badge === undefined ? '' : `<span class="_3SU3J" aria-label="${c.badge}" title="${c.badge}">${c.badge}</span>`
 }<a class="_1MM1T" href="/comments/1/1197733820/${7700311 + i}"><time datetime="2025-11-29T21:04:11.000Z">${c.when}</time></a></div>
<div class="_2CFpp"><div class="_3hnBr" data-editor-viewer="1"><div class="draft-DraftEditor-root"><div class="public-DraftEditor-content">
<div data-contents="true"><div class="public-DraftStyleDefault-block" data-offset-key="${i}-0"><span>${c.text}</span></div></div></div></div></div></div>
<div class="_1XOb2"><button aria-label="Like">${c.likes}</button><button class="_2LJmf">Reply</button></div></div>`;
const daHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charSet="utf-8"><title>${daTitle} by ${daUser} on DeviantArt</title>
<meta name="description" content="The lamplighter of Hollin Street was a real job in my grandmother’s town until 1961 …">
<meta property="og:image" content="https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com/f/4b1c/dj8k2lm-lamplighter.jpg">
<link rel="canonical" href="https://www.deviantart.com/orrinvale/art/The-Lamplighter-s-Last-Round-1197733820">
<style data-emotion="css">._3SU3J{font-size:10px;text-transform:uppercase}._2nEFo{border-left:2px solid #2c3235}</style></head>
<body id="deviantART-v7" class="theme-dark"><div id="root"><header class="_1cT8F" role="banner"><a class="_3rKBP" href="https://www.deviantart.com"
 aria-label="DeviantArt"><svg width="22" height="28"></svg></a><nav aria-label="Main"><ul class="_2jr7m">${links(daNav.slice(0, 4), '_1gVrP')}</ul></nav>
<div class="_1e5ds"><input type="search" placeholder="Search and Discover" aria-label="Search"></div>
<a class="_2GWl0" href="/join?referer=deviation">Join</a><a class="_1L4N1" href="/users/login">Log In</a><a class="_1zH5L" href="/submit">${daNav[4]}</a>
</header><main class="_1Bqmr"><div class="_2vta_" data-hook="art_stage"><div class="_2v2BQ"><img alt="${daTitle}" aria-hidden="true"
 src="https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com/f/4b1c/dj8k2lm-lamplighter.jpg" width="1920" height="1080"></div></div>
<div class="_3ezGj" data-hook="action_bar"><button data-hook="fave_button" aria-label="Add to Favourites">Add to Favourites</button>
<button data-hook="comment_button">Comment</button><button data-hook="share_button">Share</button>
<button data-hook="download_button" aria-label="Download">Download</button><button aria-label="More actions">…</button></div>
<div class="_1mmGw"><div class="_3L-AU"><h1 class="_1DL8O" data-hook="deviation_title">${daTitle}</h1>
<div class="_3g0eu"><span class="_1tnUv">by</span> <a data-hook="user_link" data-username="${daUser}" class="user-link _3m0P5"
 href="https://www.deviantart.com/orrinvale">${daUser}</a><span class="_2i3Lm">Hobbyist, Digital Artist</span>
<span class="_3tyWo">2.4K Watchers</span><button class="_1cQqH" data-hook="watch_button">Watch</button></div>
<div class="_2TGvX" data-hook="deviation_meta"><span>Published:</span> <time datetime="2025-11-28T18:22:05.000Z">Nov 28, 2025</time></div>
<div class="_3SN9_"><span class="_2Nd8X" title="Favourites"><span>1.2K</span> Favourites</span><span title="Comments"><span>48</span> Comments</span>
<span title="Views"><span>9.8K</span> Views</span></div></div>
<section class="_2CKTq" data-hook="description"><h2 class="_1q6Pi">Description</h2><div class="legacy-journal _2BAGz">${daDesc
  .map(
    (p) => `${p}<br>
<br>`,
  )
  .join('\n')}
</div><div class="_1Gx3b" data-hook="deviation_tags">${daTags.map((t) => `<a class="_1nwad" href="/tag/${t.slice(1)}"><span>${t}</span></a>`).join('')}</div>
<dl class="_3bO8I"><dt>Image size</dt><dd>3840x2160px 5.9 MB</dd><dt>Software</dt><dd>Krita 5.2</dd></dl>
<p class="_3y-pw">© 2025 ${daUser}</p></section>
<section class="_2Nr7r" id="comments"><h2 class="_2Mtk8">Comments<span class="_1h3Xb">48</span></h2>
<div class="_3HnQW"><span>Sort by</span> <button aria-haspopup="listbox">Popular</button></div>
<div class="_2TkWz"><p>Join the community to add your comment. Already a deviant? <a href="/users/login">Log In</a></p></div>
${daComments.map(daComment).join('\n')}<button class="_3fvpH">Load More</button></section></div>
<aside class="_1TFH8"><section data-hook="more_from_artist"><h2>More by ${daUser}</h2><ul>${links(daMoreBy, '_3Y0hT')}</ul></section>
<section data-hook="more_like_this"><h2>More like this</h2><ul>${links(daMoreLike, '_3Y0hT')}</ul></section></aside></main>
<div class="_1DlbH" role="dialog" aria-label="Cookie consent"><p>We use cookies and similar technologies to improve your experience, to show you
 personalised ads and to understand how DeviantArt is used.</p><button>Accept All</button><button>Cookie Settings</button></div>
<footer class="_3iEmP"><ul>${links(daFoot, '_2Q1Gb')}</ul><p>©2025 DeviantArt. All rights reserved</p></footer></div>
<script>window.__INITIAL_STATE__ = JSON.parse("{\\"@@entities\\":{\\"deviation\\":{\\"1197733820\\":{\\"title\\":\\"The Lamplighter\\u2019s Last Round\\",
\\"isMature\\":false,\\"stats\\":{\\"comments\\":48,\\"favourites\\":1204}}}}}");</script></body></html>`;
export const deviation: TestPage = {
  html: daHtml,
  name: 'heldout51-deviantart-deviation',
  kind: 'forum',
  // a deviation is a social post with a title of its own: the artist's description and every comment (the artist's reply
  // and the group's "added to our feature" note included) are body; "Description" is the description's own heading but a
  // label of the template, as "Comments" is: furniture; the artist's name (title block and reply), each commenter's name and
  // the dates are bylines ("by" in neither); the user title, watcher count, "Core Member" badges, stats, action bar, tags,
  // image details, copyright line, like counts, "Reply", sort and join prompts, the two rails, header, banner and footer
  // are furniture; "Shop" is a word of the description ("in my shop"), as the tags "#krita", "#lamplighter" and "#rain"
  // are words of the title or description: left out
  title: daTitle,
  headings: [],
  body: [...texts(daDesc), ...daComments.map((c) => c.text)],
  bylines: [
    daUser,
    'Published: Nov 28, 2025',
    'MarrowAndMoss',
    'kestrel-ink',
    'quietcartographer',
    'Tobiah-Arts',
    'Nov 29, 2025',
    'Nov 30, 2025',
    'Dec 1, 2025',
    'Dec 3, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Discover', 'Daily Deviations', 'Groups', 'Submit', 'Join', 'Log In', 'Add to Favourites', 'Comment', 'Share', 'Download', '…',
    'Hobbyist, Digital Artist', '2.4K Watchers', 'Watch', '1.2K Favourites', '48 Comments', '9.8K Views', 'Description',
    ...daTags.filter((t) => !['#krita', '#lamplighter', '#rain'].includes(t)), 'Image size',
    '3840x2160px 5.9 MB', 'Software', 'Krita 5.2', `© 2025 ${daUser}`, 'Comments', 'Sort by', 'Popular', 'Join the community to add your comment.',
    'Already a deviant?', 'Core Member', '14', '9', '22', '6', '3', 'Reply', 'Load More', `More by ${daUser}`, ...daMoreBy, 'More like this', ...daMoreLike,
    'We use cookies and similar technologies to improve your experience, to show you personalised ads and to understand how DeviantArt is used.',
    'Accept All', 'Cookie Settings', ...daFoot, '©2025 DeviantArt. All rights reserved',
  ],
};

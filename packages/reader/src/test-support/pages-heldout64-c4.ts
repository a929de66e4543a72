/**
 * Held-out batch 64, file c4: the five posts of the vBulletin 5 Connect topic of file c3 and the conversation_content template
 * that prints them (schema.org DiscussionForumPosting/Comment items, the user info column with rank, status, join date, posts
 * and location, the post header with avatar, title (first post only), timestamp and number, an "Originally posted by" quote,
 * the "Last edited by" line, the signature, the tags, and the Share/Like controls with the vote count).
 */
export const vbTitle = 'B2601 HST whine after fluid change – wrong fluid or air?';
interface VbPost {
  node: number;
  n: number;
  user: string;
  uid: number;
  rank: string;
  joined: string;
  posts: string;
  loc: string;
  time: string;
  iso: string;
  paras: string[];
  votes: number;
  quote?: string;
  edited?: string;
  sig?: string;
}
const vbRon = {
  user: 'ridgeline_ron',
  uid: 40871,
  rank: 'Junior Member',
  joined: 'Apr 2022',
  posts: '37',
  loc: 'Tennessee',
  sig: '2019 B2601, LA435 loader, BX box blade',
};
export const vbPosts: VbPost[] = [
  {
    ...{ node: 1288140, n: 1, ...vbRon, time: '03-15-2025, 07:41 PM', iso: '2025-03-15T19:41:08', votes: 0 },
    paras: [
      'Changed the transmission/hydraulic fluid and both filters on my 2019 B2601 at 600 hours, going by the book. Since then there is a ' +
        'whine from the HST that rises with pedal travel, loudest in forward, and it gets worse once the tractor is warmed up.',
      'I used a universal tractor hydraulic fluid from the farm store instead of the dealer’s fluid because it was half the price. The jug ' +
        'says it meets the spec. Could that be the cause, or did I let air in somewhere? Fluid level is right on the dipstick mark.',
    ],
  },
  {
    ...{ node: 1288152, n: 2, user: 'KDiesel_Mike', uid: 9114, rank: 'Senior Member', joined: 'Nov 2015', posts: '4,812', loc: 'Iowa' },
    ...{ time: '03-15-2025, 08:26 PM', iso: '2025-03-15T20:26:44', votes: 3 },
    paras: [
      'Two things come to mind. First, air. After a filter change it can take a while to purge, and a whine that comes and goes with pedal ' +
        'travel is a classic symptom. Run it at mid throttle, cycle the loader and the three-point a dozen times, and let it sit overnight. ' +
        'If the noise drops, that was it.',
      'Second, the fluid. Some of the cheap universal fluids are thinner when hot than the factory stuff, and the HST pumps on these ' +
        'machines are fussy about it. The spec printed on the jug is not always tested. If the whine does not go away after purging, I ' +
        'would drain it and put in the dealer fluid.',
    ],
  },
  {
    ...{ node: 1288203, n: 3, ...vbRon, time: '03-16-2025, 08:52 AM', iso: '2025-03-16T08:52:19', votes: 0 },
    quote: 'Run it at mid throttle, cycle the loader and the three-point a dozen times, and let it sit overnight.',
    paras: [
      'Did that twice over the weekend. The whine is a little quieter when cold but comes right back once it is warm. I also noticed the ' +
        'fluid looks slightly foamy on the dipstick after a hard run, which it never did before.',
    ],
  },
  {
    ...{ node: 1288219, n: 4, user: 'Fieldhand_Sue', uid: 22560, rank: 'Member', joined: 'Jul 2019', posts: '611', loc: 'Upstate NY' },
    ...{ time: '03-16-2025, 10:37 AM', iso: '2025-03-16T10:37:02', votes: 5, sig: 'B3350 HST · “Buy once, cry once”' },
    paras: [
      'Foam is the giveaway. Either the fluid does not have enough anti-foam additive or there is an air leak on the suction side. Check ' +
        'the suction filter O-ring first. On mine the old O-ring stuck to the housing and the new one sat on top of it, so it sucked air ' +
        'the whole time.',
    ],
  },
  {
    ...{ node: 1288377, n: 5, ...vbRon, time: '03-17-2025, 06:15 PM', iso: '2025-03-17T18:15:40', votes: 2, edited: '03-17-2025, 06:29 PM' },
    paras: [
      'Sue nailed it. The old O-ring was stuck in the housing exactly like she said, so the new filter was sitting on two of them and not ' +
        'sealing. Pulled it, cleaned the housing, and while I was in there I swapped to the dealer fluid anyway to be sure. Forty ' +
        'minutes of loader work this morning and it is as quiet as the day I bought it.',
      'Thanks, everyone. Lesson learned: always check that the old O-ring came off with the filter before you spin the new one on.',
    ],
  },
];
const vbBase = 'https://www.orangeiron.example/forum/kubota-tractors/b-series';
const vbQuote = (q: string): string => `<div class="bbcode_container">
	<div class="bbcode_quote">
		<div class="quote_container">
			<div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div>
			<div class="bbcode_postedby">
				Originally posted by <strong>KDiesel_Mike</strong>
				<a href="${vbBase}/1288140-b2601-hst-whine?p=1288152#post1288152" rel="nofollow"><img class="inlineimg" src="core/images/buttons/viewpost-right.png"
					alt="View Post" /></a>
			</div>
			<div class="message">${q}</div>
		</div>
	</div>
</div>`;
const vbTags =
  '<div class="tags"><span class="b-post__tags-label">Tags:</span> <a href="/search?tag=kubota">kubota</a>, ' +
  '<a href="/search?tag=hydrostatic">hydrostatic</a></div>';
export const vbPost = (p: VbPost): string => `<li data-node-id="${p.node}" data-node-publishdate="${Date.parse(`${p.iso}Z`) / 1000}"
	class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text${p.n === 1 ? ' b-post--first' : ''}" itemscope
	itemtype="https://schema.org/${p.n === 1 ? 'DiscussionForumPosting' : 'Comment'}"${p.n === 1 ? ' itemprop="mainEntity"' : ''}>
	<meta itemprop="url" content="${vbBase}/1288140-b2601-hst-whine${p.n === 1 ? '' : `?p=${p.node}#post${p.node}`}" />
	<div class="l-row l-row__fixed--left">
		<div class="l-col__fixed-3 l-col__small--full h-hide--on-preview">
			<div class="b-userinfo b-post__hide-when-deleted" data-userid="${p.uid}" itemprop="author" itemscope itemtype="https://schema.org/Person">
				<div class="b-userinfo__details">
					<div class="author h-text-size--14">
						<strong><a href="https://www.orangeiron.example/member/${p.uid}-${p.user.toLowerCase()}" data-vbnamecard="${p.uid}" itemprop="url"><span
							itemprop="name">${p.user}</span></a></strong>
					</div>
					<div class="b-userinfo__rank">${p.rank}</div>
				</div>
				<div class="b-userinfo__icons">
					<span class="b-icon b-icon__status--gray" title="${p.user} is offline"></span>
				</div>
				<ul class="b-userinfo__additional-info-block h-margin-top-xl">
					<li class="b-userinfo__additional-info"><label>Join Date:</label> <span>${p.joined}</span></li>
					<li class="b-userinfo__additional-info"><label>Posts:</label> <span>${p.posts}</span></li>
					<li class="b-userinfo__additional-info"><label>Location:</label> <span>${p.loc}</span></li>
				</ul>
			</div>
		</div>
		<div class="js-post__content-wrapper l-col__flex-3 l-col__small--full">
			<div class="b-post__body">
				<div class="b-post__arrow"></div>
				<div class="b-post__content js-post__content">
					<hr class="b-divider--section" />
					<div class="b-media h-hide--on-preview">
						<div class="b-media__img--rev">
							<div class="b-avatar b-avatar--s h-hide-on-small h-hide-on-medium"><img src="https://www.orangeiron.example/core/image.php?userid=${p.uid}&thumb=1"
								alt="${p.user}" title="${p.user}" /></div>
						</div>
						<div class="b-media__body">
							${p.n === 1 ? `<h2 class="b-post__title js-post-title OLD__post-title" itemprop="headline">${vbTitle}</h2>` : ''}
							<div class="b-post__timestamp"><time itemprop="${p.n === 1 ? 'dateCreated' : 'dateCreated'}" datetime="${p.iso}">${p.time}</time></div>
						</div>
					</div>
					<div class="b-post__count"><a href="${vbBase}/1288140-b2601-hst-whine${p.n === 1 ? '' : `?p=${p.node}#post${p.node}`}"
						class="b-post__count js-show-post-link">#${p.n}</a></div>
					<div class="js-post__content-text restore h-wordwrap" itemprop="text">
						${p.quote === undefined ? '' : `${vbQuote(p.quote)}\n`}${p.paras.join('<br />\n<br />\n')}
					</div>
					${p.edited === undefined ? '' : `<div class="b-post__edit h-margin-top-l">Last edited by ${p.user}; ${p.edited}.</div>`}
					${p.sig === undefined ? '' : `<div class="b-post__signature h-margin-top-l"><hr class="b-divider--section" />${p.sig}</div>`}
				</div>
				<div class="b-post__footer h-hide--on-preview">
					<div class="h-margin-top-l">
						${p.n === 1 ? vbTags : ''}
						<ul class="h-left js-post-controls b-comp-menu-horizontal b-comp-menu-dropdown--inactive">
							<li class="b-post-control js-post-control__share" title="Share" data-nodeid="${p.node}">
								<span class="b-icon b-icon__share"></span><span class="b-post-control__label">Share</span></li>
						</ul>
						<ul class="h-right b-comp-menu-horizontal">
							<li class="b-post-control b-post-control__vote js-post-control__vote h-disabled" title="Like"><span class="b-icon b-icon__thumbsup"></span>
								<span class="votecount h-margin-left-xs">${p.votes}</span></li>
						</ul>
					</div>
				</div>
			</div>
		</div>
	</div>
</li>`;

/**
 * Held-out batch 64, file b2: the five posts of the Simple Machines Forum 2.1 topic of file b and the Display template's post
 * block that prints them (poster column with group, post count, blurb, website icon, location and "Logged", keyinfo with the
 * hidden subject, reply number, date and "Last Edit" line, a "Quote from:" quote, a code block with its Select/Expand links,
 * the likes line and the signature).
 */
export const smfTitle = 'DCC sound loco stalls on insulfrog points – but only in one direction';
interface SmfPost {
  id: number;
  n: number;
  user: string;
  uid: number;
  group: string;
  posts: string;
  blurb: string;
  loc: string;
  date: string;
  paras: string[];
  mod?: string;
  quote?: string;
  code?: string;
  edit?: string;
  likes?: string;
  sig?: string;
}
const smfClive = { user: 'Clive Bannister', uid: 2231, group: 'Full Member', posts: '187', blurb: 'Modelling the Cambrian in 4mm', loc: 'Shrewsbury' };
const smfCliveSig = 'Aberdovey &amp; Pennal – a Cambrian branch in a 14ft loft';
export const smfPosts: SmfPost[] = [
  {
    ...{ id: 88412, n: 0, ...smfClive, date: 'March 01, 2025, 08:14:02 PM', sig: smfCliveSig },
    paras: [
      'I have a Class 37 with a sound decoder fitted last autumn, and it has started stalling on the two insulfrog points at the throat ' +
        'of the fiddle yard. It only happens when running towards the buffers, never on the way out, and only at slow shunting speeds.',
      'The other locos, including two with the same make of decoder but no speaker, go over those points without a stutter. I have ' +
        'cleaned the track, cleaned the wheels with a fibre pen and checked the back-to-back gauge on all six axles.',
      'Could the speaker or the lack of a stay-alive be the problem? I did not fit one when the decoder went in.',
    ],
  },
  {
    ...{ id: 88419, n: 1, user: 'Dunmore Junction', uid: 14, group: 'Hero Member', posts: '5,206', mod: 'Global Moderator' },
    ...{ blurb: 'If in doubt, clean the wheels', loc: 'Ludlow', date: 'March 01, 2025, 09:37:45 PM', likes: '3 people' },
    paras: [
      'Direction-dependent stalling on insulfrog points is almost always about which wheels are picking up at the moment the loco ' +
        'crosses the dead frog. Going one way, the leading bogie is on the frog while the trailing one still has good contact; going ' +
        'the other, the pick-ups that matter are the ones sitting on the plastic.',
      'Sound decoders suffer more than plain ones because the decoder restarts after even a short loss of power, and the sound takes a ' +
        'moment to come back, which you hear as a stutter and see as a stall at low speed. A stay-alive capacitor is the usual fix, but ' +
        'check that your decoder supports one before you buy.',
    ],
  },
  {
    ...{ id: 88433, n: 2, user: 'sheddie_pete', uid: 3107, group: 'Jr. Member', posts: '58', blurb: '', loc: 'Stockport' },
    ...{ date: 'March 02, 2025, 09:03:17 AM', likes: '2 people' },
    paras: [
      'Also worth checking the pick-up wipers on whichever bogie leads when you run towards the buffers. On mine one wiper had been bent ' +
        'away from the wheel back when the body was taken off to fit the speaker.',
    ],
  },
  {
    ...{ id: 88460, n: 3, ...smfClive, date: 'March 02, 2025, 07:48:30 PM', sig: smfCliveSig },
    quote: 'On mine one wiper had been bent away from the wheel back when the body was taken off to fit the speaker.',
    paras: [
      'That was it, or most of it. The rear bogie’s left-hand wiper was barely touching. I bent it back into contact and the stalls ' +
        'dropped from every other pass to about one in ten.',
      'I have ordered a stay-alive as well, since the explanation above makes sense of why only the sound loco was affected. I will ' +
        'report back once it is fitted.',
    ],
  },
  {
    ...{ id: 88511, n: 4, ...smfClive, date: 'March 04, 2025, 09:55:12 PM', sig: smfCliveSig },
    ...{ edit: 'March 04, 2025, 10:02:51 PM', likes: '4 people' },
    code: 'CV 2 = 8    (start voltage)<br>CV 3 = 12   (acceleration)<br>CV 4 = 10   (deceleration)',
    paras: [
      'Stay-alive fitted this evening, tucked in above the fuel tank. Forty passes over both points in each direction at speed step 4 and ' +
        'not a single stall or sound restart. Marking this as solved.',
      'For anyone who finds this thread later, these are the settings I ended up with after fitting it:',
    ],
  },
];
const smfUrl = 'https://www.loftline.example/index.php';
const smfCode = (c: string): string => `<div class="codeheader"><span class="code floatleft">Code</span> <a class="codeoperation smf_select_text">Select</a>
	<a class="codeoperation smf_expand_code hidden" data-shrink-txt="Shrink" data-expand-txt="Expand">Expand</a></div><code class="bbc_code">${c}</code>`;
const smfQuote = (q: string): string => `<blockquote class="bbc_standard_quote"><cite><a href="${smfUrl}?msg=88433">Quote from: sheddie_pete on March 02,
	2025, 09:03:17 AM</a></cite>${q}</blockquote>`;
export const smfPost = (p: SmfPost): string => `
				<div class="windowbg" id="msg${p.id}">
					<div class="post_wrapper">
						<div class="poster">
							<h4>
								<span class="off" title="Offline"></span>
								<a href="${smfUrl}?action=profile;u=${p.uid}" title="View the profile of ${p.user}">${p.user}</a>
							</h4>
							<ul class="user_info">
								<li class="avatar"><a href="${smfUrl}?action=profile;u=${p.uid}">
									<img class="avatar" src="https://www.loftline.example/custom_avatar/avatar_${p.uid}.png"
									alt="" loading="lazy"></a></li>
								${p.mod === undefined ? '' : `<li class="membergroup">${p.mod}</li>`}
								<li class="icons"><img src="https://www.loftline.example/Themes/default/images/membericons/icon.png" alt="*"></li>
								<li class="postgroup">${p.group}</li>
								<li class="postcount">Posts: ${p.posts}</li>
								${p.blurb === '' ? '' : `<li class="blurb">${p.blurb}</li>`}
								<li class="profile"><ol class="profile_icons"><li><a href="https://${p.uid}.layouts.example" title="Website" target="_blank" rel="noopener">
									<span class="main_icons www centericon" title="Website"></span></a></li></ol></li>
								<li class="custom cust_loca">Location: ${p.loc}</li>
								<li class="poster_ip">Logged</li>
							</ul>
						</div>
						<div class="postarea">
							<div class="keyinfo">
								<div id="subject_${p.id}" class="subject_title subject_hidden">
									<a href="${smfUrl}?msg=${p.id}" rel="nofollow">${p.n === 0 ? '' : 'Re: '}${smfTitle}</a>
								</div>
								<span class="page_number floatright">${p.n === 0 ? '' : ` #${p.n}`} </span>
								<div class="postinfo">
									<span class="messageicon"  style="position: absolute; z-index: -1;"><img src="https://www.loftline.example/Themes/default/images/post/xx.png"
										alt=""></span>
									<a href="${smfUrl}?msg=${p.id}" rel="nofollow" title="${p.n === 0 ? '' : `Reply #${p.n} - Re: `}${smfTitle}"
										class="smalltext">${p.date}</a>
									<span class="spacer"></span>
									<span class="smalltext modified floatright${p.edit === undefined ? '' : ' mvisible'}" id="modified_${p.id}">${
                    p.edit === undefined ? '' : `<span class="lastedit">Last Edit</span>: ${p.edit} by ${p.user}`
                  }</span>
								</div>
								<div id="msg_${p.id}_quick_mod"></div>
							</div>
							<div class="post">
								<div class="inner" data-msgid="${p.id}" id="msg_${p.id}">
									${p.quote === undefined ? '' : smfQuote(p.quote)}${p.paras.join('<br><br>')}${p.code === undefined ? '' : `<br>${smfCode(p.code)}`}
								</div>
							</div>
							<div class="under_message">
								<ul class="floatleft">${
                  p.likes === undefined
                    ? ''
                    : `\n\t\t\t\t\t\t\t\t\t<li class="like_count"><a href="${smfUrl}?action=likes;sa=view;like=${p.id}">${p.likes}</a> like this.</li>`
                }
								</ul>
							</div>
						</div>
						<div class="moderatorbar">
							${p.sig === undefined ? '' : `<div class="signature" id="msg_${p.id}_signature">\n\t\t\t\t\t\t\t\t${p.sig}\n\t\t\t\t\t\t\t</div>`}
						</div>
					</div>
				</div>
				<hr class="post_separator">`;

/**
 * Held-out batch 81, file b3: the texts of the XenForo thread of file b (title, the four posts and the quoted post).
 */
export const xfTitle = 'Burn marks when ripping white oak on a contractor saw – fence or blade?';
export const xf1 = [
  'I have a secondhand contractor saw, a Brackley 10" with a cast iron top, that I set up last autumn. Crosscuts are clean, but every rip ' +
    'in 4/4 white oak leaves dark burn marks along the edge, mostly on the offcut side near the end of the board, and the saw bogs down ' +
    'towards the end of the cut.',
  'The blade is the 40-tooth combination blade that came with it. I have tried feeding faster and slower and it makes little difference. ' +
    'The riving knife is fitted and looks to be in line with the blade by eye.',
  'Is this just a dull or wrong blade, or is something out of alignment? I would rather not buy a new blade if the real problem is the ' + 'fence.',
];
export const xf2 = [
  'Burning that gets worse towards the end of the cut is almost always the fence toeing in, or the blade not being parallel to the mitre ' +
    'slot. The board gets pinched between the back of the blade and the fence as it goes through.',
  'Check the blade first. Mark one tooth, measure from the mitre slot to that tooth at the front of the blade, then rotate the blade so the ' +
    'same tooth is at the back and measure again. Anything over about 0.1 mm difference is worth fixing. Then check the fence against the ' +
    'same slot at the front and the back. Ideally the back of the fence is a hair further from the blade than the front, never closer.',
];
export const xf3 = [
  'What Maud said, but do not write off the blade either. A 40-tooth combination blade will rip oak, slowly, and once it is a bit dull it ' +
    'will burn no matter how well the saw is set up. A 24-tooth rip blade with a flat top grind made a night and day difference on my ' +
    'old saw.',
  'Also check the oak itself. Boards with tension in them close up behind the blade as they are cut, and no amount of alignment fixes that. ' +
    'If the kerf is pinching the riving knife, that is the wood, not the saw.',
];
export const xf4 = [
  'Thanks both. Did the tooth test this morning: the blade was within 0.05 mm of the slot front to back, so that is fine. The fence was a ' +
    'different story. It was 0.6 mm closer to the blade at the back than at the front.',
  'Adjusted the fence bolts so it now opens up by about 0.1 mm at the back, and bought a 24-tooth rip blade while I was at it. Ripped ' +
    'three boards of the same oak this afternoon and there is not a single burn mark. The saw does not bog down any more either.',
  'Lesson learned: the fence on a secondhand saw is not to be trusted until you have measured it.',
];
export const xfQuote = `<blockquote data-attributes="member: 2118" data-quote="Maud Okonkwo" data-source="post: 612044" class="bbCodeBlock
bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=612044" class="bbCodeBlock-sourceJump" rel="nofollow"
data-xf-click="attribution" data-content-selector="#post-612044">Maud Okonkwo said:</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent ">Burning that gets worse towards the end of the cut is almost always the fence toeing in.</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;

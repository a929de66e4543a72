/**
 * Hand-written segmentation cases (part 3): layout (line breaks, lists, headings, wrapping,
 * captions, glued sentences) where the input is not just the sentences joined by a space.
 */
export interface LayoutCase {
  readonly text: string;
  readonly expected: readonly string[];
}

export const LAYOUT_CASES: Readonly<Record<string, readonly LayoutCase[]>> = {
  lists: [
    { text: '1.) The first item 2.) The second item', expected: ['1.) The first item', '2.) The second item'] },
    { text: '1.) Buy milk. 2.) Buy eggs.', expected: ['1.) Buy milk.', '2.) Buy eggs.'] },
    { text: '1) Wash the car 2) Walk the dog', expected: ['1) Wash the car', '2) Walk the dog'] },
    { text: '1) Wash the car. 2) Walk the dog.', expected: ['1) Wash the car.', '2) Walk the dog.'] },
    { text: '1. Preheat the oven 2. Mix the flour', expected: ['1. Preheat the oven', '2. Mix the flour'] },
    { text: '1. Preheat the oven. 2. Mix the flour.', expected: ['1. Preheat the oven.', '2. Mix the flour.'] },
    { text: '• 7. First point • 8. Second point', expected: ['• 7. First point', '• 8. Second point'] },
    { text: 'a. Apples are red b. Bananas are yellow c. Grapes are green', expected: ['a. Apples are red', 'b. Bananas are yellow', 'c. Grapes are green'] },
    { text: 'a. apples\nb. oranges', expected: ['a. apples', 'b. oranges'] },
    { text: '- milk\n- eggs\n- bread', expected: ['- milk', '- eggs', '- bread'] },
    { text: 'Ingredients:\n1. Flour\n2. Water\n3. Salt', expected: ['Ingredients:', '1. Flour', '2. Water', '3. Salt'] },
    { text: '(a) the buyer pays\n(b) the seller delivers', expected: ['(a) the buyer pays', '(b) the seller delivers'] },
    { text: '* Fast startup\n* Good battery. Screen is dim', expected: ['* Fast startup', '* Good battery.', 'Screen is dim'] },
    { text: 'Steps to follow:\n\n1) Open the box\n2) Remove the foam', expected: ['Steps to follow:', '1) Open the box', '2) Remove the foam'] },
    { text: '⁃3. Red ⁃4. Blue', expected: ['⁃3. Red', '⁃4. Blue'] },
  ],
  lines: [
    { text: 'This sentence was cut off\nin the middle by a PDF export.', expected: ['This sentence was cut off in the middle by a PDF export.'] },
    { text: 'It was a cold \nnight in the city.', expected: ['It was a cold night in the city.'] },
    { text: 'features\ncontact manager\nevents, activities', expected: ['features', 'contact manager', 'events, activities'] },
    { text: 'First paragraph here.\n\nSecond paragraph here.', expected: ['First paragraph here.', 'Second paragraph here.'] },
    { text: 'Roses are red\nViolets are blue\nSugar is sweet', expected: ['Roses are red', 'Violets are blue', 'Sugar is sweet'] },
    { text: 'Name    Age    City\nAnna    34     Oslo\nBen     29     Rome', expected: ['Name    Age    City', 'Anna    34     Oslo', 'Ben     29     Rome'] },
    { text: 'The letter was signed by Dr.\nAnne Hale.', expected: ['The letter was signed by Dr. Anne Hale.'] },
    {
      text: 'A caption without a full stop\nThe story begins here. It goes on.',
      expected: ['A caption without a full stop', 'The story begins here.', 'It goes on.'],
    },
    { text: 'Line one ends.\r\nLine two ends.', expected: ['Line one ends.', 'Line two ends.'] },
    { text: '## Results\nThe model won.', expected: ['Results', 'The model won.'] },
  ],
  wrapped: [
    {
      text:
        'The council met on Tuesday to discuss the plan for the old mill, which\nLocal residents ' +
        'have opposed for years. The vote was close, and the\nMayor said she would appeal.',
      expected: [
        'The council met on Tuesday to discuss the plan for the old mill, which Local residents have opposed for years.',
        'The vote was close, and the Mayor said she would appeal.',
      ],
    },
    {
      text:
        "Hun Sen's Cambodian People's Party won 64 of the 122 parliamentary\nseats in July's " +
        'elections, short of the two-thirds majority needed to\nform a government on its own. ' +
        "Ranariddh and Sam Rainsy have charged that\nHun Sen's victory in the elections was " +
        'achieved through widespread fraud.',
      expected: [
        "Hun Sen's Cambodian People's Party won 64 of the 122 parliamentary seats in July's " +
          'elections, short of the two-thirds majority needed to form a government on its own.',
        "Ranariddh and Sam Rainsy have charged that Hun Sen's victory in the elections was achieved through widespread fraud.",
      ],
    },
    {
      text:
        '  The ministry said the new rules would apply to all imports from\n  January, and that ' +
        'Exporters in Brazil and Argentina would be hit\n  hardest. Officials declined to give ' +
        'figures.',
      expected: [
        'The ministry said the new rules would apply to all imports from January, and that Exporters in Brazil and Argentina would be hit hardest.',
        'Officials declined to give figures.',
      ],
    },
    {
      text: 'The report was published by Dr. Alan Price and\nProf. Maria Lopez of the University of Leeds on\nMonday. It found that Britain had fallen behind.',
      expected: [
        'The report was published by Dr. Alan Price and Prof. Maria Lopez of the University of Leeds on Monday.',
        'It found that Britain had fallen behind.',
      ],
    },
  ],
  captions: [
    {
      text:
        'Go fetch: This dog saved his owner from a cold and muddy grave on a winter afternoon at ' +
        'the reservoir The black dog was filmed as he took a rope out to his owner, who was stuck ' +
        'waist-deep in mud at the edge of the water near the dam in the park on Saturday ' +
        'afternoon, while firefighters and police officers watched from the bank and neighbours ' +
        'filmed the whole rescue on their phones According to the local paper, the man was unhurt.',
      expected: [
        'Go fetch: This dog saved his owner from a cold and muddy grave on a winter afternoon at the reservoir',
        'The black dog was filmed as he took a rope out to his owner, who was stuck waist-deep in ' +
          'mud at the edge of the water near the dam in the park on Saturday afternoon, while ' +
          'firefighters and police officers watched from the bank and neighbours filmed the whole ' +
          'rescue on their phones',
        'According to the local paper, the man was unhurt.',
      ],
    },
    {
      text:
        'Scroll down for video Injured: The player and his wife were both hurt after an argument ' +
        'outside a club in the city early on Wednesday morning, when a man with a knife attacked ' +
        'them as they waited for a taxi with friends on the pavement and witnesses called for help ' +
        'Arrested: Another player was held by police and can be seen leaving the station with his ' +
        'lawyer A video shows the victims on the pavement.',
      expected: [
        'Scroll down for video',
        'Injured: The player and his wife were both hurt after an argument outside a club in the ' +
          'city early on Wednesday morning, when a man with a knife attacked them as they waited for ' +
          'a taxi with friends on the pavement and witnesses called for help',
        'Arrested: Another player was held by police and can be seen leaving the station with his lawyer',
        'A video shows the victims on the pavement.',
      ],
    },
  ],
  glued: [
    { text: 'Sales fell in 2010.Prices rose again the next year.', expected: ['Sales fell in 2010.', 'Prices rose again the next year.'] },
    { text: 'Hello world.Today is Tuesday.Mr. Smith went to the store.', expected: ['Hello world.', 'Today is Tuesday.', 'Mr. Smith went to the store.'] },
    { text: 'Is it over?Yes it is.', expected: ['Is it over?', 'Yes it is.'] },
    { text: 'See bbc.co.uk for more.', expected: ['See bbc.co.uk for more.'] },
  ],
  headings: [
    {
      text: 'City Council Backs River Plan\n\nThe council voted on Tuesday. Work starts in May.',
      expected: ['City Council Backs River Plan', 'The council voted on Tuesday.', 'Work starts in May.'],
    },
    { text: 'Background\nThe project began in 2019.', expected: ['Background', 'The project began in 2019.'] },
    { text: 'Key points:\n- Rates held\n- Pound fell', expected: ['Key points:', '- Rates held', '- Pound fell'] },
    { text: '# Title ##\n\nBody text here.', expected: ['Title', 'Body text here.'] },
  ],
};

/**
 * A labelled set for the boilerplate classifier: paragraphs written or assembled here (not
 * taken from the bundled outlets), of ordinary news and of the kinds of boilerplate that
 * wrap it, including news that mentions subscriptions, support or newsletters, and calls to
 * action in quotes. The bundled articles' own labels are in CORPUS_BOILERPLATE.
 */
export const WRITTEN: { text: string; boilerplate: boolean }[] = [
  // Boilerplate of other kinds and wordings.
  {
    boilerplate: true,
    text: 'Sign up for our morning briefing and get the day’s top stories in your inbox.',
  },
  {
    boilerplate: true,
    text: 'Support independent journalism. Become a member today for as little as $5 a month.',
  },
  {
    boilerplate: true,
    text: 'Enjoyed this article? Share this story with your friends and follow us on social media.',
  },
  {
    boilerplate: true,
    text: 'This article is for subscribers only. Log in or subscribe to keep reading.',
  },
  { boilerplate: true, text: 'Donate now: your gift keeps our reporting free for everyone.' },
  { boilerplate: true, text: 'Read more: Ukraine war latest updates' },
  { boilerplate: true, text: 'Related coverage: What a Putin visit would mean for Pyongyang' },
  { boilerplate: true, text: 'See also: Timeline of North Korea–Russia relations' },
  { boilerplate: true, text: 'Photo: Reuters / Kim Hong-Ji' },
  { boilerplate: true, text: 'Jane Smith / Getty Images' },
  { boilerplate: true, text: 'Reporting by Hyonhee Shin; Editing by Ed Davies' },
  { boilerplate: true, text: 'By Maria Ivanova and John Lee' },
  { boilerplate: true, text: 'Reuters reporters in Seoul and Moscow contributed to this report.' },
  { boilerplate: true, text: 'https://www.example.org/world/asia/2024/06/12/putin-visit' },
  { boilerplate: true, text: 'Source:' },
  { boilerplate: true, text: 'Wednesday, June 12, 2024 14:05 GMT' },
  { boilerplate: true, text: '12 June 2024' },
  { boilerplate: true, text: 'Advertisement' },
  {
    boilerplate: true,
    text: 'Want more stories like this? Subscribe to our newsletter and never miss an update.',
  },
  {
    boilerplate: true,
    text: 'We rely on readers like you. Please consider supporting us with a donation today.',
  },
  // Ordinary reporting, some of it with words boilerplate uses.
  {
    boilerplate: false,
    text: 'The ministry said the talks would continue next week in Moscow, where officials from both sides are expected to sign a trade agreement.',
  },
  {
    boilerplate: false,
    text: 'Subscribers to the state television network saw the summit live, the agency reported, as crowds lined the streets of the capital.',
  },
  {
    boilerplate: false,
    text: '“We need your support, and we will return it,” the minister told reporters after the meeting, adding that no date had been set.',
  },
  {
    boilerplate: false,
    text: 'Analysts said the newsletter published by the defence ministry had hinted at new shipments of artillery shells since March.',
  },
  {
    boilerplate: false,
    text: 'Seoul has asked its allies to support new sanctions at the United Nations Security Council, a foreign ministry official said.',
  },
  {
    boilerplate: false,
    text: 'The company said its paid subscriptions rose 12 percent last quarter, driven by demand in South Korea and Japan.',
  },
  {
    boilerplate: false,
    text: 'Putin last visited Pyongyang in 2000, shortly after he first became president, according to Kremlin records.',
  },
  {
    boilerplate: false,
    text: 'Satellite images showed rows of trucks near the border crossing on Tuesday, researchers at the institute said.',
  },
  {
    boilerplate: false,
    text: 'Kim has made rare trips abroad, travelling by armoured train to Vladivostok in 2019 and to the Vostochny spaceport last year.',
  },
  {
    boilerplate: false,
    text: 'The United States and its allies say the weapons have been used against Ukrainian cities, a claim Moscow denies.',
  },
  {
    boilerplate: false,
    text: '“Click here and you will see the truth,” the protesters chanted, holding up phones outside the embassy.',
  },
  {
    boilerplate: false,
    text: 'Officials declined to say whether the two leaders would sign a defence pact, but said a joint statement was being prepared.',
  },
  {
    boilerplate: false,
    text: 'Markets in Seoul fell 1.2 percent on the news, with defence stocks leading the decline in afternoon trading.',
  },
  {
    boilerplate: false,
    text: 'The visit comes as Russia seeks to deepen ties with countries that have resisted Western pressure over the war.',
  },
  {
    boilerplate: false,
    text: 'The foreign minister said the country would not be intimidated, and called on its partners to stand by their commitments.',
  },
  {
    boilerplate: false,
    text: 'Residents of the border town described hearing loudspeaker broadcasts late into the night for the first time in years.',
  },
  { boilerplate: false, text: 'A Growing Relationship' },
  {
    boilerplate: false,
    text: 'Kim Jong Un Praises Relationship with Russia Amid Speculation of Putin Visit',
  },
];

/** The bundled articles' boilerplate blocks, by source id and block index (all others are story). */
export const CORPUS_BOILERPLATE: Record<string, number[]> = {
  'kim-praises-relationship': [],
  'growing-partnership': [],
  'kim-hails-russia-ties': [3, 4, 5, 6, 21, 22, 23, 24],
  'kim-hails-ties-ahead': [1, 2, 3, 8, 16, 17],
  'putin-two-day-visit': [],
};

/**
 * The bundled articles' headlines, and the headline a copy repeats under its own (the wire
 * copy's): named, never hidden.
 */
export const CORPUS_NOTES: Record<string, [number, 'headline' | 'repeated headline'][]> = {
  'kim-praises-relationship': [[0, 'headline']],
  'growing-partnership': [
    [0, 'headline'],
    [1, 'repeated headline'],
  ],
  'kim-hails-russia-ties': [
    [0, 'headline'],
    [2, 'repeated headline'],
  ],
  'kim-hails-ties-ahead': [[0, 'headline']],
  'putin-two-day-visit': [],
};

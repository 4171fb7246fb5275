// Ambient declarations for the untyped peer libraries the risk eval compares against.
declare module 'sentiment' {
  interface AnalysisResult {
    score: number;
    comparative: number;
  }
  class Sentiment {
    analyze(phrase: string): AnalysisResult;
  }
  export default Sentiment;
}

declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
  };
}

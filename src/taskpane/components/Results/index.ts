export { Results, type ResultsProps } from "./Results";

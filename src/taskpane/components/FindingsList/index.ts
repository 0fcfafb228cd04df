export { FindingsList, type FindingsListProps } from "./FindingsList";

// The content library's pipeline namespaces (src/FabMob.Content, one folder per step), imported once for the
// whole project rather than file by file.
global using FabMob.Content.Addresses;
global using FabMob.Content.FrontMatterParsing;
global using FabMob.Content.Reading;
global using FabMob.Content.Rendering;
global using FabMob.Content.Snapshot;

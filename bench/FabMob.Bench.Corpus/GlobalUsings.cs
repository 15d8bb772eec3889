// The content library's namespace this project uses (SlugBuilder, through the tests' linked generator), imported once.
global using FabMob.Content.Addresses;

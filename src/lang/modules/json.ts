import { defineModule } from "./registry.js";
void defineModule;

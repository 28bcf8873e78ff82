fn main() {
    practica::start();
}
